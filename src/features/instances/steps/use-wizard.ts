import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { imageQueries } from '../../../api/image-queries.ts';
import { instanceQueries } from '../../../api/instance-queries.ts';
import { findInstanceType, type InstanceTypeConfig } from '../../../rules/instance-types.ts';
import { launchImageViolation } from '../../../rules/run-instances.ts';
import { findRegion } from '../../../rules/regions.ts';
import { wizardProblems, wizardSettings } from '../../../rules/wizard.ts';
import { useAccount } from '../../account/use-account.ts';
import { useRegion } from '../../regions/use-region.ts';
import { steps, useWizardState } from '../wizard-state.ts';

/**
 * What the wizard knows: the choices (in the URL), what the API said about them (zones, types on
 * offer, the chosen image), each step's verdict from the rules module, and the request they make.
 */
export function useWizard() {
  const account = useAccount();
  const [region] = useRegion();
  const [state, update] = useWizardState();
  const regionInfo = findRegion(region);
  const types = useQuery(instanceQueries.typeConfigs(account, region));
  const imageQuery = useQuery({
    ...imageQueries.detail(account, region, state.imageId),
    enabled: state.imageId !== '',
  });
  const image = state.imageId ? imageQuery.data : undefined;
  const type = findInstanceType(state.type);
  // The account's instances in the chosen zone, which its instance quota counts.
  const inZone = useQuery({ ...instanceQueries.inZone(account, region, state.zone), enabled: state.zone !== '' });
  const instancesInZone = state.zone ? inZone.data : undefined;
  const settings = wizardSettings(state, image, instancesInZone);

  // Arriving from "Launch instance" on an image (an image and no zone or type yet): choose the first
  // zone that sells a type that runs it, and such a type, then open past the picker on the step
  // after it, the image summarised there. An image no type here runs stays on the picker, which says why.
  const prefilled = useRef(false);
  useEffect(() => {
    if (prefilled.current || !image || !regionInfo || !types.data) return;
    prefilled.current = true;
    if (state.type) return;
    const runs = (c: InstanceTypeConfig) => launchImageViolation(image, findInstanceType(c.InstanceType)) === undefined;
    const offers = types.data.InstanceTypeConfigSet;
    const zone =
      state.zone ||
      regionInfo.zones.find((z) => z.ZoneState === 'AVAILABLE' && offers.some((c) => c.Zone === z.Zone && runs(c)))
        ?.Zone;
    const fitting = offers.filter((c) => c.Zone === zone && runs(c));
    const type = (fitting.find((c) => c.CPU >= 2) ?? fitting[0])?.InstanceType;
    if (!zone || !type) return;
    const arrived = !state.zone && state.step === 'image';
    update({ zone, type, ...(arrived ? { step: 'settings' as const } : {}) });
  }, [image, regionInfo, types.data, state.zone, state.type, state.step, update]);

  // Each step's verdict, from the rules module.
  const problems = wizardProblems(state, {
    regionId: region,
    zones: regionInfo?.zones ?? [],
    offers: types.data?.InstanceTypeConfigSet,
    image: !state.imageId
      ? undefined
      : (imageQuery.data ?? (imageQuery.isPending ? 'loading' : imageQuery.isSuccess ? 'missing' : undefined)),
    instancesInZone,
  });
  const firstBlocked = steps.findIndex((s) => problems[s.key] !== undefined);
  /** Every step before the review is complete. */
  const ready = firstBlocked === -1 || firstBlocked >= steps.length - 1;

  const request = {
    Placement: { Zone: state.zone },
    InstanceType: state.type,
    ImageId: state.imageId,
    SystemDisk: { DiskType: 'CLOUD_PREMIUM' as const, DiskSize: settings.diskSize },
    InstanceCount: settings.count,
    ...(state.name ? { InstanceName: state.name } : {}),
  };
  const price = useQuery({
    ...instanceQueries.price(account, region, request),
    enabled: state.step === 'review' && ready,
  });

  return {
    region,
    regionInfo,
    state,
    update,
    types,
    image,
    type,
    settings,
    problems,
    firstBlocked,
    ready,
    request,
    price,
  };
}

export type Wizard = ReturnType<typeof useWizard>;
