import { describe, expect, it } from 'vitest';
import { instanceTypeConfigs } from './instance-types.ts';
import { renderMessage } from './messages/render.ts';
import { findRegion } from './regions.ts';
import { wizardProblems, wizardSettings, wizardStepSchemas, type WizardChoices, type WizardFacts } from './wizard.ts';
import { parseRequest } from './violation.ts';
import { imageFixture, publicImageFields } from '../test/fixtures.ts';

/** A 20 GB public x86_64 image. */
const x86 = imageFixture({ ...publicImageFields, ImageSize: 20 });
const arm = imageFixture({ ...publicImageFields, ImageSize: 20, Architecture: 'arm' });

/** A complete, valid wizard in Guangzhou: zone 3, S5.MEDIUM4, the x86 image, default disk, one instance. */
const choices = (overrides: Partial<WizardChoices> = {}): WizardChoices => ({
  zone: 'ap-guangzhou-3',
  type: 'S5.MEDIUM4',
  imageId: x86.ImageId,
  disk: null,
  name: '',
  count: '1',
  ...overrides,
});
const facts = (overrides: Partial<WizardFacts> = {}): WizardFacts => ({
  regionId: 'ap-guangzhou',
  zones: findRegion('ap-guangzhou')!.zones,
  offers: instanceTypeConfigs('ap-guangzhou'),
  image: x86,
  instancesInZone: 0,
  ...overrides,
});

describe('wizardProblems', () => {
  it('finds nothing wrong with a complete wizard', () => {
    expect(wizardProblems(choices(), facts())).toEqual({
      location: undefined,
      type: undefined,
      image: undefined,
      settings: undefined,
      review: undefined,
    });
  });

  it.each<[string, 'location' | 'type' | 'image' | 'settings', Partial<WizardChoices>, Partial<WizardFacts>, string]>([
    ['no zone', 'location', { zone: '' }, {}, 'Choose an availability zone.'],
    ['a zone of another region', 'location', { zone: 'ap-shanghai-2' }, {}, 'Choose an availability zone.'],
    ['a sold-out zone', 'location', { zone: 'ap-guangzhou-1' }, {}, 'ap-guangzhou-1 is sold out; choose another zone.'],
    ['no type', 'type', { type: '' }, {}, 'Choose an instance type.'],
    [
      'a type not on offer in the zone',
      'type',
      { type: 'SR1.MEDIUM4', zone: 'ap-hongkong-2' },
      { regionId: 'ap-hongkong', zones: findRegion('ap-hongkong')!.zones, offers: instanceTypeConfigs('ap-hongkong') },
      'SR1.MEDIUM4 is not sold in ap-hongkong-2; choose another type.',
    ],
    ['no image', 'image', { imageId: '' }, { image: undefined }, 'Choose an image.'],
    [
      'an image the region does not have',
      'image',
      { imageId: 'img-zzzzzzzz' },
      { image: 'missing' },
      'Image img-zzzzzzzz is not available in Guangzhou (images belong to one region, and a shared image may have been withdrawn). Choose another image.',
    ],
    [
      'an image of the wrong architecture',
      'image',
      {},
      { image: arm },
      'This ARM image does not run on S5.MEDIUM4, which is a 64-bit x86 instance type.',
    ],
    ['settings while the image loads', 'settings', {}, { image: 'loading' }, 'Loading the chosen image…'],
    ['settings without an image', 'settings', { imageId: '' }, { image: undefined }, 'Choose an image first (step 3).'],
    ['an emptied disk field', 'settings', { disk: '' }, {}, 'Enter the system disk size in GB.'],
    [
      'a disk smaller than the image',
      'settings',
      { disk: '19' },
      { image: imageFixture({ ...publicImageFields, ImageSize: 30 }) },
      'System disk size must be between 20 and 1024 GB.',
    ],
    [
      'a disk in range but smaller than the image',
      'settings',
      { disk: '25' },
      { image: imageFixture({ ...publicImageFields, ImageSize: 30 }) },
      'System disk must be at least 30 GB, the size of the image (got 25 GB).',
    ],
    ['too many instances', 'settings', { count: '101' }, {}, 'Instance count must be between 1 and 100.'],
    [
      'more instances than the zone quota leaves',
      'settings',
      { count: '3' },
      { instancesInZone: 28 },
      'You have 28 of 30 instances in ap-guangzhou-3, so at most 2 more can be launched there, not 3.',
    ],
    [
      'a full zone',
      'settings',
      {},
      { instancesInZone: 30 },
      'You have 30 of 30 instances in ap-guangzhou-3, so no more can be launched there; choose another zone.',
    ],
    [
      'a name too long for its numbered copies',
      'settings',
      { name: 'n'.repeat(59), count: '2' },
      {},
      'Instance name must be at most 58 characters when launching 2 instances, so that "-1" to "-2" fit in 60.',
    ],
  ])('blocks %s at the %s step', (_what, step, chosen, known, message) => {
    expect(renderMessage(wizardProblems(choices(chosen), facts(known))[step], 'en-US')).toBe(message);
  });

  it('does not judge the zone quota before the instances there are known', () => {
    expect(wizardProblems(choices({ count: '31' }), facts({ instancesInZone: undefined })).settings).toBeUndefined();
    expect(wizardProblems(choices({ count: '31' }), facts()).settings?.key).toBe('instance.quota');
  });

  it('does not judge the type before the offers are known, nor the image while it loads', () => {
    const problems = wizardProblems(choices({ type: 'SR1.MEDIUM4' }), facts({ offers: undefined, image: 'loading' }));
    expect(problems.type).toBeUndefined();
    expect(problems.image).toBeUndefined();
  });
});

describe('wizardSettings', () => {
  it('proposes the image’s default disk until one is typed, and reads the numbers as typed', () => {
    expect(wizardSettings(choices(), imageFixture({ ImageSize: 80 }))).toMatchObject({ diskSize: 80, count: 1 });
    expect(wizardSettings(choices({ disk: '120', count: '3' }), x86)).toMatchObject({ diskSize: 120, count: 3 });
  });

  it('holds no disk and judges nothing before an image is chosen', () => {
    expect(wizardSettings(choices({ count: '0' }), undefined)).toEqual({
      diskSize: 0,
      count: 0,
      fields: { disk: undefined, name: undefined, count: undefined },
      problem: undefined,
    });
  });

  it('puts each problem beside its field, and reports the first the API would', () => {
    const image = imageFixture({ ImageSize: 30 });
    const settings = wizardSettings(choices({ disk: '25', name: 'n'.repeat(59), count: '101' }), image);
    expect(settings.fields.disk?.code).toBe('InvalidParameterValue.InvalidDiskSize');
    expect(settings.fields.name?.code).toBe('InvalidParameterValue.TooLarge');
    expect(settings.fields.count?.code).toBe('InvalidParameterValue.Range');
    expect(settings.problem).toBe(settings.fields.count);
  });

  it('says one thing of one input: beside the disk, what the step reports of it', () => {
    const image = imageFixture({ ImageSize: 50 });
    for (const disk of ['5', '1.5', '25.5']) {
      const settings = wizardSettings(choices({ disk }), image);
      expect(settings.fields.disk, disk).toBeDefined();
      expect(settings.fields.disk, disk).toEqual(settings.problem);
    }
    expect(wizardSettings(choices({ disk: '25.5' }), image).fields.disk?.key).toBe('disk.whole');
    expect(wizardSettings(choices({ count: '2.5' }), image).fields.count?.key).toBe('instance.countWhole');
  });

  it('puts the zone quota beside the count, after the other settings as the API checks it', () => {
    const image = imageFixture({ ImageSize: 30 });
    const full = wizardSettings(choices({ count: '2' }), image, 29);
    expect(full.fields.count?.code).toBe('InstancesQuotaLimitExceeded');
    expect(full.problem).toBe(full.fields.count);
    const alsoDisk = wizardSettings(choices({ disk: '25', count: '2' }), image, 29);
    expect(alsoDisk.problem?.code).toBe('InvalidParameterValue.InvalidDiskSize');
    expect(wizardSettings(choices({ count: '1' }), image, 29).problem).toBeUndefined();
  });
});

describe('wizardStepSchemas', () => {
  it.each<[keyof typeof wizardStepSchemas, unknown]>([
    ['location', { Placement: { Zone: 'ap-guangzhou-3' } }],
    ['type', { InstanceType: 'S5.MEDIUM4' }],
    ['image', { ImageId: 'img-abcd1234' }],
    ['settings', { SystemDisk: { DiskSize: 50 }, InstanceName: 'web', InstanceCount: 2 }],
  ])('the %s step accepts its own fields', (step, input) => {
    expect(parseRequest(wizardStepSchemas[step], input).ok).toBe(true);
  });

  it.each<[keyof typeof wizardStepSchemas, unknown, string, string]>([
    ['location', {}, 'MissingParameter', 'Placement'],
    ['type', {}, 'MissingParameter', 'InstanceType'],
    ['image', { ImageId: 'centos' }, 'InvalidImageId.Malformed', 'ImageId'],
    ['settings', { InstanceCount: 101 }, 'InvalidParameterValue.Range', 'InstanceCount'],
    ['settings', { SystemDisk: { DiskSize: 19 } }, 'InvalidParameterValue.Range', 'SystemDisk.DiskSize'],
  ])('the %s step rejects %j', (step, input, code, field) => {
    const result = parseRequest(wizardStepSchemas[step], input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violation.code).toBe(code);
    expect(result.violation.field).toBe(field);
  });
});
