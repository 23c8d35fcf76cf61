import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { imageQueries } from '../../../api/image-queries.ts';
import { instanceQueries } from '../../../api/instance-queries.ts';
import { findInstanceType } from '../../../rules/instance-types.ts';
import { launchImageViolation } from '../../../rules/run-instances.ts';
import { findRegion } from '../../../rules/regions.ts';
import { wizardProblems, wizardSettings } from '../../../rules/wizard.ts';
import { useAccount } from '../../account/use-account.ts';
import { useRegion } from '../../regions/use-region.ts';
import { steps, useWizardState, type WizardState } from '../wizard-state.ts';

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

  // Arriving from "Launch instance" on an image: choose a zone and a type that fit it.
  const prefilled = useRef(false);
  useEffect(() => {
    if (prefilled.current || !image || !regionInfo || !types.data) return;
    prefilled.current = true;
    const change: Partial<WizardState> = {};
    if (!state.zone) change.zone = regionInfo.zones.find((z) => z.ZoneState === 'AVAILABLE')?.Zone ?? '';
    if (!state.type) {
      const fit = types.data.InstanceTypeConfigSet.find(
        (c) =>
          c.Zone === (change.zone ?? state.zone) &&
          launchImageViolation(image, findInstanceType(c.InstanceType)) === undefined &&
          c.CPU >= 2,
      );
      if (fit) change.type = fit.InstanceType;
    }
    if (Object.keys(change).length > 0) update(change);
  }, [image, regionInfo, types.data, state.zone, state.type, update]);

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
