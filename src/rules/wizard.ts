import { fieldViolations, type Violation } from './common.ts';
import type { Image } from './images.ts';
import {
  defaultSystemDiskSize,
  findInstanceType,
  instanceNameViolation,
  instanceTypeOfferViolation,
  launchImageViolation,
  systemDiskViolation,
  wizardStepSchemas,
  zoneViolation,
  type InstanceTypeConfig,
} from './instances.ts';
import { regionLabel, type Zone } from './regions.ts';

// The instance-creation wizard's verdicts: what each step must hold before the next one.

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
}

export interface WizardSettings {
  /** 0 until an image is chosen. */
  diskSize: number;
  count: number;
  /** Each setting's problem, shown beside its field (none until an image is chosen). */
  fields: { disk: Violation | undefined; name: Violation | undefined; count: Violation | undefined };
  /** The problem the step reports: the first in the order the API checks (the parameters' own limits, then the name, then the disk). */
  problem: Violation | undefined;
}

/** The settings step: the numbers its inputs hold, and what is wrong with them for this image. */
export function wizardSettings(
  choices: Pick<WizardChoices, 'disk' | 'name' | 'count'>,
  image: Image | undefined,
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
  return {
    diskSize,
    count,
    fields: {
      disk: disk ?? errors['SystemDisk.DiskSize'],
      name: errors.InstanceName ?? name,
      count: errors.InstanceCount,
    },
    problem: Object.values(errors)[0] ?? name ?? disk,
  };
}

function firstMessage(schema: Parameters<typeof fieldViolations>[0], input: unknown): string | undefined {
  return Object.values(fieldViolations(schema, input))[0]?.message;
}

/** Each step's problem (undefined: the step is complete), from the choices and what the API told. */
export function wizardProblems(choices: WizardChoices, facts: WizardFacts): Record<WizardStep, string | undefined> {
  const zone = facts.zones.find((z) => z.Zone === choices.zone);
  const image = facts.image;
  return {
    location: !zone
      ? 'Choose an availability zone.'
      : (zoneViolation(zone)?.message ??
        firstMessage(wizardStepSchemas.location, { Placement: { Zone: choices.zone } })),
    type: !choices.type
      ? 'Choose an instance type.'
      : ((facts.offers &&
          instanceTypeOfferViolation(choices.type, { regionId: facts.regionId, zone: choices.zone }, facts.offers)
            ?.message) ??
        firstMessage(wizardStepSchemas.type, { InstanceType: choices.type })),
    image: !choices.imageId
      ? 'Choose an image.'
      : image === 'missing'
        ? `Image ${choices.imageId} is not available in ${regionLabel(facts.regionId)} (images belong to one region, and a shared image may have been withdrawn). Choose another image.`
        : typeof image === 'object'
          ? launchImageViolation(image, findInstanceType(choices.type))?.message
          : undefined,
    settings:
      typeof image !== 'object'
        ? image === 'loading'
          ? 'Loading the chosen image…'
          : 'Choose an image first (step 3).'
        : choices.disk === ''
          ? 'Enter the system disk size in GB.'
          : wizardSettings(choices, image).problem?.message,
    review: undefined,
  };
}
