import { z } from './zod.ts';
import {
  runInstancesRequestSchema,
  defaultSystemDiskSize,
  instanceNameViolation,
  instanceQuotaViolation,
  imageRegionViolation,
  launchImageViolation,
  systemDiskViolation,
  zoneViolation,
} from './run-instances.ts';
import { fieldViolations, type Violation } from './violation.ts';
import type { Image } from './images.ts';
import { findInstanceType, instanceTypeOfferViolation, type InstanceTypeConfig } from './instance-types.ts';
import type { Message } from './messages/params.ts';
import type { Zone } from './regions.ts';

// The instance-creation wizard's verdicts: what each step must hold before the next one.

/** What each step of the instance-creation wizard must hold before the next one. */
export const wizardStepSchemas = {
  location: z.pick(runInstancesRequestSchema, { Placement: true }),
  type: z.pick(runInstancesRequestSchema, { InstanceType: true }),
  image: z.pick(runInstancesRequestSchema, { ImageId: true }),
  settings: z.pick(runInstancesRequestSchema, { SystemDisk: true, InstanceName: true, InstanceCount: true }),
} as const;

export type WizardStep = 'location' | 'type' | 'image' | 'settings' | 'review';

/** What the person chose, as the wizard holds it: numbers exactly as typed. */
export interface WizardChoices {
  zone: string;
  type: string;
  imageId: string;
  /** The system disk in GB as typed; null until typed (the image's default applies). */
  disk: string | null;
  name: string;
  count: string;
}

/**
 * The chosen image as read from the API: the image, `'loading'`, `'missing'` (the region has no
 * such image), or undefined (none chosen, or the read failed).
 */
export type ChosenImage = Image | 'loading' | 'missing' | undefined;

export interface WizardFacts {
  regionId: string;
  /** The region's zones. */
  zones: readonly Zone[];
  /** The types on offer (DescribeInstanceTypeConfigs); undefined until known. */
  offers: readonly Pick<InstanceTypeConfig, 'Zone' | 'InstanceType'>[] | undefined;
  image: ChosenImage;
  /** How many instances the account holds in the chosen zone (DescribeInstances); undefined until known. */
  instancesInZone: number | undefined;
}

export interface WizardSettings {
  /** 0 until an image is chosen. */
  diskSize: number;
  count: number;
  /** Each setting's problem, shown beside its field (none until an image is chosen). */
  fields: { disk: Violation | undefined; name: Violation | undefined; count: Violation | undefined };
  /** The problem the step reports: the first in the order the API checks (the parameters' own limits, then the name, then the disk, then the zone's instance quota). */
  problem: Violation | undefined;
}

/**
 * The settings step: the numbers its inputs hold, and what is wrong with them for this image, and
 * (once the account's instances in the zone are known) for the zone's instance quota.
 */
export function wizardSettings(
  choices: Pick<WizardChoices, 'disk' | 'name' | 'count' | 'zone'>,
  image: Image | undefined,
  instancesInZone?: number,
): WizardSettings {
  const count = Number(choices.count);
  if (!image)
    return { diskSize: 0, count, fields: { disk: undefined, name: undefined, count: undefined }, problem: undefined };
  const diskSize = choices.disk === null ? defaultSystemDiskSize(image) : Number(choices.disk);
  const errors = fieldViolations(wizardStepSchemas.settings, {
    SystemDisk: { DiskSize: diskSize },
    ...(choices.name ? { InstanceName: choices.name } : {}),
    InstanceCount: count,
  });
  const disk = systemDiskViolation(diskSize, image);
  const name = instanceNameViolation(choices.name || undefined, count);
  const quota =
    instancesInZone === undefined || errors.InstanceCount
      ? undefined
      : instanceQuotaViolation(instancesInZone, count, choices.zone);
  return {
    diskSize,
    count,
    fields: {
      // The parameter's own limits first, as the step's problem says them: one message per input.
      disk: errors['SystemDisk.DiskSize'] ?? disk,
      name: errors.InstanceName ?? name,
      count: errors.InstanceCount ?? quota,
    },
    problem: Object.values(errors)[0] ?? name ?? disk ?? quota,
  };
}

function firstProblem(schema: Parameters<typeof fieldViolations>[0], input: unknown): Violation | undefined {
  return Object.values(fieldViolations(schema, input))[0];
}

/** Each step's problem (undefined: the step is complete), from the choices and what the API told. */
export function wizardProblems(choices: WizardChoices, facts: WizardFacts): Record<WizardStep, Message | undefined> {
  const zone = facts.zones.find((z) => z.Zone === choices.zone);
  const image = facts.image;
  const say = (
    key:
      | 'wizard.chooseZone'
      | 'wizard.chooseType'
      | 'wizard.chooseImage'
      | 'wizard.imageLoading'
      | 'wizard.imageFirst'
      | 'wizard.diskEmpty',
  ): Message => ({ key, params: {} });
  return {
    location: !zone
      ? say('wizard.chooseZone')
      : (zoneViolation(zone) ?? firstProblem(wizardStepSchemas.location, { Placement: { Zone: choices.zone } })),
    type: !choices.type
      ? say('wizard.chooseType')
      : (facts.offers &&
          instanceTypeOfferViolation(choices.type, { regionId: facts.regionId, zone: choices.zone }, facts.offers)) ||
        firstProblem(wizardStepSchemas.type, { InstanceType: choices.type }),
    image: !choices.imageId
      ? say('wizard.chooseImage')
      : image === 'missing'
        ? { key: 'wizard.imageMissing', params: { imageId: choices.imageId, region: facts.regionId } }
        : typeof image === 'object'
          ? ((facts.offers && imageRegionViolation(image, facts.regionId, facts.offers)) ??
            launchImageViolation(image, findInstanceType(choices.type)))
          : undefined,
    settings:
      typeof image !== 'object'
        ? say(image === 'loading' ? 'wizard.imageLoading' : 'wizard.imageFirst')
        : choices.disk === ''
          ? say('wizard.diskEmpty')
          : wizardSettings(choices, image, facts.instancesInZone).problem,
    review: undefined,
  };
}
