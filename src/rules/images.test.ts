import { describe, it, expect } from 'vitest';
import { z } from './zod.ts';
import { parseRequest } from './violation.ts';
import {
  BUSY_STATES,
  describeImagesRequestSchema,
  imageKind,
  imageSchema,
  isBusyImage,
  stateViolation,
  type ImageAction,
  type Image,
  type ImageState,
} from './images.ts';
import { renderMessage } from './messages/render.ts';
import {
  expectFieldViolation,
  requestRefusal,
  ME,
  customImage as image,
  publicImage,
  marketImage,
  sharedInImage as sharedIn,
  foreignImage as foreign,
} from '../test/fixtures.ts';

describe('image fixture', () => {
  it('is a valid Image', () => {
    for (const i of [image(), publicImage, marketImage, sharedIn, foreign])
      expect(z.strictObject(imageSchema.shape).parse(i)).toEqual(i);
  });
});

const filter = (Name: string, n = 1) => ({ Name, Values: Array.from({ length: n }, (_, i) => `v${i}`) });

describe('describeImagesRequestSchema', () => {
  it.each<[string, unknown]>([
    ['an empty request', {}],
    ['Limit 1', { Limit: 1 }],
    ['Limit 100', { Limit: 100 }],
    ['Offset 0', { Offset: 0 }],
    ['Offset 1000', { Offset: 1000 }],
    ['100 image ids', { ImageIds: Array.from({ length: 100 }, () => 'img-abcd1234') }],
    ['10 filters', { Filters: Array.from({ length: 10 }, () => filter('image-type')) }],
    ['a filter with 5 values', { Filters: [filter('platform', 5)] }],
    [
      'every documented filter',
      { Filters: ['image-id', 'image-type', 'image-name', 'platform', 'tag-key', 'tag-value'].map((n) => filter(n)) },
    ],
    ['the console extensions', { Filters: ['image-state', 'architecture', 'keyword'].map((n) => filter(n)) }],
    ['a tag:<key> filter', { Filters: [filter('tag:env')] }],
    ['an InstanceType', { InstanceType: 'S5.MEDIUM4' }],
    ['sorting', { OrderField: 'ImageName', Order: 'DESC' }],
  ])('accepts %s', (_name, input) => {
    expect(parseRequest(describeImagesRequestSchema, input).ok).toBe(true);
  });

  it.each<[string, unknown, string, string | undefined, string[]]>([
    ['Limit 0', { Limit: 0 }, 'InvalidParameterValue.InvalidParameterValueLimit', 'Limit', ['Limit', '1', '100']],
    ['Limit 101', { Limit: 101 }, 'InvalidParameterValue.InvalidParameterValueLimit', 'Limit', ['Limit', '100']],
    ['Limit as a string', { Limit: '20' }, 'InvalidParameter', 'Limit', ['`Limit`', 'not a string']],
    ['Limit 1.5', { Limit: 1.5 }, 'InvalidParameter', 'Limit', ['`Limit` must be a whole number (got 1.5).']],
    ['Offset -1', { Offset: -1 }, 'InvalidParameterValue', 'Offset', ['Offset', '0 or more']],
    [
      '11 filters',
      { Filters: Array.from({ length: 11 }, () => filter('image-type')) },
      'InvalidParameterValue.LimitExceeded',
      'Filters',
      ['10', 'got 11'],
    ],
    [
      'a filter with 6 values',
      { Filters: [filter('platform', 6)] },
      'InvalidFilterValue.LimitExceeded',
      'Filters.0.Values',
      ['"platform"', '5', 'got 6'],
    ],
    [
      'a filter with no values',
      { Filters: [filter('platform', 0)] },
      'InvalidFilterValue.LimitExceeded',
      'Filters.0.Values',
      ['"platform"', 'at least one'],
    ],
    [
      'an unknown filter',
      { Filters: [filter('image-type'), filter('colour')] },
      'InvalidFilter',
      'Filters.1.Name',
      ['"colour"', 'image-type'],
    ],
    [
      'a filter with an extra key',
      { Filters: [{ Name: 'platform', Values: ['x'], Op: 'eq' }] },
      'UnknownParameter',
      'Filters.0.Op',
      ['`Filters.0.Op`'],
    ],
    [
      'a filter value over 256 characters',
      { Filters: [{ Name: 'platform', Values: ['x'.repeat(257)] }] },
      'InvalidParameterValue.TooLarge',
      'Filters.0.Values.0',
      ['256'],
    ],
    [
      'ImageIds with Filters',
      { ImageIds: ['img-abcd1234'], Filters: [filter('platform')] },
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
      'ImageIds',
      ['ImageIds', 'Filters'],
    ],
    ['an unknown key', { Foo: 1 }, 'UnknownParameter', 'Foo', ['`Foo`']],
    [
      'a malformed image id',
      { ImageIds: ['img-abcd1234', 'img-BAD'] },
      'InvalidImageId.Malformed',
      'ImageIds.1',
      ['img-'],
    ],
    [
      '101 image ids',
      { ImageIds: Array.from({ length: 101 }, () => 'img-abcd1234') },
      'InvalidParameterValue.LimitExceeded',
      'ImageIds',
      ['`ImageIds`', '100'],
    ],
    [
      'an unknown OrderField',
      { OrderField: 'Price' },
      'InvalidParameterValue',
      'OrderField',
      ['`OrderField`', '"CreatedTime"'],
    ],
    ['a lower-case Order', { Order: 'asc' }, 'InvalidParameterValue', 'Order', ['"ASC", "DESC"']],
  ])('rejects %s', (_name, input, code, field, parts) => {
    const v = requestRefusal(describeImagesRequestSchema, input);
    expectFieldViolation(v, code, field, ...parts);
  });
});

describe('imageKind', () => {
  it.each([
    ['a public image', publicImage, 'public'],
    ['a marketplace image', marketImage, 'market'],
    ['an image shared with me', sharedIn, 'shared'],
    ['my custom image', image(), 'own'],
    ["another account's custom image", foreign, 'foreign'],
  ] as const)('%s is %s', (_name, img, kind) => {
    expect(imageKind(img, ME)).toBe(kind);
  });
});

describe('BUSY_STATES', () => {
  it('treats creating, copying and importing as busy', () => {
    expect([...BUSY_STATES].sort()).toEqual(['CREATING', 'IMPORTING', 'SYNCING']);
  });
});

describe('stateViolation', () => {
  it.each<[ImageState, ImageAction, string]>([
    ['CREATING', 'share', 'The image is still being created; it can be shared once it is normal.'],
    ['IMPORTING', 'share', 'The image is still being imported; it can be shared once it is normal.'],
    ['SYNCING', 'share', 'The image is still being copied; it can be shared once it is normal.'],
    ['CREATEFAILED', 'copy', 'Creating the image failed, so it cannot be copied; delete it and create it again.'],
    [
      'IMPORTFAILED',
      'launch',
      'Importing the image failed, so it cannot be launched; delete it and import the file again.',
    ],
    ['SYNCING', 'edit', 'The image is still being copied; it can be edited once it is normal.'],
    ['CREATING', 'delete', 'The image is still being created; it can be deleted once it is normal.'],
  ])('explains %s for what cannot be done (%s)', (state, action, message) => {
    expectFieldViolation(stateViolation('X', state, action, 'ImageId'), 'X', 'ImageId', message);
    expect(renderMessage(stateViolation('X', state, action, 'ImageId'), 'en-US')).toBe(message);
  });
});

/** A copy of the image still being made in `Region`. */
const copyTo = (Region: string) => ({ ImageId: 'img-copy0001', Region, SyncPercent: 40 });

describe('isBusyImage', () => {
  it.each<[string, Image, boolean]>([
    ['a normal image', image(), false],
    ['a normal image with no copy in flight', image({ CopyingTo: [] }), false],
    ['a normal image on an endpoint without the extension', image({ CopyingTo: undefined }), false],
    ['a failed import', image({ ImageState: 'IMPORTFAILED' }), false],
    ['an image being created', image({ ImageState: 'CREATING' }), true],
    ['an image being imported', image({ ImageState: 'IMPORTING' }), true],
    ['a copy being made', image({ ImageState: 'SYNCING' }), true],
    ['the source of a copy being made', image({ CopyingTo: [copyTo('ap-beijing')] }), true],
  ])('%s: %s', (_name, img, busy) => {
    expect(isBusyImage(img)).toBe(busy);
  });
});
