// The catalogue and the parameters agree: every message key has an English message, every message's ICU
// arguments are exactly the parameters declared for its key (./params.ts), with the kind each is used as,
// and every message is said somewhere. Then renderMessage, kind by kind.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { violation, type Violation } from '../common.ts';
import { en } from './en.ts';
import { allowed, messageArguments } from './icu-arguments.ts';
import { messageParams, type MessageKey, type ParamKind } from './params.ts';
import { renderMessage } from './render.ts';

const keys = Object.keys(messageParams) as MessageKey[];

describe('the English catalogue', () => {
  it('has a message for every key, and no other', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s uses exactly its declared parameters, each as its kind allows', (key) => {
    const declared = messageParams[key] as Record<string, ParamKind>;
    const used = messageArguments(en[key]);
    expect([...used.keys()].sort()).toEqual(Object.keys(declared).sort());
    for (const [name, uses] of used)
      for (const use of uses) expect(allowed(declared[name]!, use), `${name} used as ${use.use}`).toBe(true);
  });

  it('says every message somewhere in the console or the API', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !path.includes('messages'))
          sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(import.meta.dirname, '../..'));
    const unsaid = keys.filter((key) => !sources.some((source) => source.includes(`'${key}'`)));
    expect(unsaid).toEqual([]);
  });
});

describe('renderMessage', () => {
  it.each<[string, Violation, string]>([
    [
      'numbers',
      violation('OverQuota', 'share.overLimit', { max: 50, current: 48, adding: 5, total: 53, excess: 3 }),
      'An image can be shared with at most 50 accounts: 48 already + 5 new = 53. Remove 3.',
    ],
    [
      'a plural',
      violation('InvalidImageId.InShared', 'image.inShared', { count: 1 }),
      'Cancel sharing with 1 account before deleting.',
    ],
    [
      'the other plural',
      violation('InvalidImageId.InShared', 'image.inShared', { count: 2 }),
      'Cancel sharing with 2 accounts before deleting.',
    ],
    [
      'a select',
      violation('X', 'image.syncing', { action: 'delete' }),
      'The image is still being copied; it can be deleted once it is normal.',
    ],
    [
      'a region, by its city',
      violation('X', 'quota.exceeded', { used: 10, quota: 10, region: 'ap-guangzhou', adding: 1 }),
      '10 of 10 custom images used in Guangzhou; delete one to make room.',
    ],
    [
      'an unknown region, by its ID',
      violation('X', 'import.bucketRegion', { bucketRegion: 'ap-mars', region: 'ap-shanghai' }),
      'The bucket is in ap-mars, but images can only be imported from a bucket in Shanghai.',
    ],
    [
      'a list',
      violation('X', 'filters.unknown', { name: 'colour', supported: ['zone', 'instance-type', 'image-id'] }),
      'Unknown filter "colour"; supported filters: zone, instance-type, image-id.',
    ],
    [
      'an "or" list',
      violation('X', 'import.architecture', { os: 'CentOS', architectures: ['x86_64', 'i386'] }),
      'CentOS images can be imported for x86_64 or i386 only.',
    ],
    [
      'a nested message',
      violation('X', 'delete.refused', {
        imageId: 'img-abcd1234',
        reason: violation('Y', 'image.inShared', { count: 3 }),
      }),
      'img-abcd1234: Cancel sharing with 3 accounts before deleting.',
    ],
    [
      'a number in the thousands, without grouping',
      violation('X', 'param.tooLong', { name: 'ImageUrl', max: 1024 }),
      'The parameter `ImageUrl` must be at most 1024 characters.',
    ],
  ])('renders %s', (_what, v, text) => {
    expect(renderMessage(v)).toBe(text);
    expect(renderMessage(v, 'en-US')).toBe(text);
  });

  it('answers in English, parameters included, in a language without a catalogue yet', () => {
    const v = violation('X', 'quota.exceeded', { used: 10, quota: 10, region: 'ap-guangzhou', adding: 2 });
    expect(renderMessage(v, 'zh-CN')).toBe('10 of 10 custom images used in Guangzhou; 2 more would exceed the quota.');
  });

  it('renders nothing for no message', () => {
    expect(renderMessage(undefined)).toBeUndefined();
  });
});
