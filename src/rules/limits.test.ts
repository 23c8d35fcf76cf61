import { describe, it, expect } from 'vitest';
import {
  CUSTOM_IMAGE_QUOTA_PER_REGION,
  IMAGE_DESCRIPTION_MAX,
  IMAGE_NAME_MAX,
  SHARE_RECIPIENTS_MAX,
} from './limits.ts';

describe('limits (DESIGN.md)', () => {
  it.each([
    ['custom images per region', CUSTOM_IMAGE_QUOTA_PER_REGION, 10],
    ['share recipients per image', SHARE_RECIPIENTS_MAX, 50],
    ['image name length', IMAGE_NAME_MAX, 60],
    ['image description length', IMAGE_DESCRIPTION_MAX, 256],
  ])('%s is %i', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
