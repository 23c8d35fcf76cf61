// The catalogues and the parameters agree: every message key has a message in every language, every
// message's ICU arguments are exactly the parameters declared for its key (./params.ts), with the kind
// each is used as, each plural and select has branches its language and the parameter allow, and every
// message is said somewhere. The Chinese catalogue says the glossary's terms. Then renderMessage, kind by
// kind, in both languages.
import { parse, type Token } from '@messageformat/parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { violation, type Violation } from '../violation.ts';
import { en } from './en.ts';
import { glossary, type Term } from './glossary.ts';
import { allowed, argumentsOf } from './icu-arguments.ts';
import { messageParams, type Catalogue, type Language, type MessageKey, type ParamKind } from './params.ts';
import { hasMessages } from './registry.ts';
import { renderMessage } from './render.ts';
import { zhCN } from './zh-CN.ts';

const keys = Object.keys(messageParams) as MessageKey[];
// The catalogues' text (the module that registers them is replaced by their compiled functions here).
const sources: Record<Language, Catalogue> = { 'en-US': en, 'zh-CN': zhCN };
const languages = Object.keys(sources) as Language[];

const parsed = (language: Language, key: MessageKey) => parse(sources[language][key], { strict: true });

describe.each(languages)('the %s catalogue', (language) => {
  const catalogue = sources[language];
  const pluralCategories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  it('has a message for every key, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s uses exactly its declared parameters, each as its kind allows', (key) => {
    const declared = messageParams[key] as Record<string, ParamKind>;
    const used = argumentsOf(parsed(language, key));
    expect([...used.keys()].sort()).toEqual(Object.keys(declared).sort());
    for (const [name, uses] of used)
      for (const use of uses) expect(allowed(declared[name]!, use), `${name} used as ${use.use}`).toBe(true);
  });

  it.each(keys)('%s: a plural has only the language’s categories or exact values, and an `other`', (key) => {
    for (const uses of argumentsOf(parsed(language, key)).values())
      for (const use of uses.filter((u) => u.use === 'plural')) {
        expect(use.cases).toContain('other');
        for (const c of use.cases) expect(pluralCategories.includes(c) || /^=\d+$/.test(c), c).toBe(true);
      }
  });

  it.each(keys)('%s: a select answers every value the English one answers', (key) => {
    const cases = (lang: Language) =>
      [...argumentsOf(parsed(lang, key))].flatMap(([name, uses]) =>
        uses.filter((u) => u.use === 'select').flatMap((u) => u.cases.map((c) => `${name}=${c}`)),
      );
    expect(cases(language)).toEqual(expect.arrayContaining(cases('en-US')));
  });
});

describe('the messages', () => {
  it('are compiled in every language, and registered for the hosts that answer in any (every-language.ts)', () => {
    for (const language of languages) expect(hasMessages(language)).toBe(true);
  });

  it('render only in a language whose messages are loaded; loading registers that language only', async () => {
    const message = violation('InvalidParameterValue', 'fee.free', {});
    vi.resetModules(); // a page's own registry, before any language is loaded
    const page = { ...(await import('./registry.ts')), ...(await import('./render.ts')) };
    const { loadMessages } = await import('./load.ts');
    expect(page.hasMessages('zh-CN')).toBe(false);
    expect(() => page.renderMessage(message, 'zh-CN')).toThrow('The zh-CN messages are not loaded');
    await loadMessages('zh-CN');
    expect(page.renderMessage(message, 'zh-CN')).toBe(renderMessage(message, 'zh-CN'));
    expect(page.hasMessages('en-US')).toBe(false);
  });

  it('are said somewhere in the console or the API', () => {
    const code: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !path.includes('messages'))
          code.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(import.meta.dirname, '../..'));
    const unsaid = keys.filter((key) => !code.some((source) => source.includes(`'${key}'`)));
    expect(unsaid).toEqual([]);
  });
});

/** The words of a message a reader sees in some branch: its content, without argument names or URLs. */
function wordsOf(tokens: readonly Token[]): string {
  return contentOf(tokens).replace(/\S+:\/\/\S+/g, ' ');
}

function contentOf(tokens: readonly Token[]): string {
  return tokens
    .map((t) =>
      t.type === 'content'
        ? t.value
        : t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal'
          ? t.cases.map((c) => contentOf(c.tokens)).join(' ')
          : ' ',
    )
    .join('');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as a whole word or words (not part of an identifier such as launch_failed), in any case, also plural. */
function termPattern(term: string): RegExp {
  const plural = /y$/.test(term) ? `(?:${escape(term)}|${escape(term.slice(0, -1))}ies)` : `${escape(term)}(?:e?s)?`;
  return new RegExp(`(?<![\\p{L}\\p{N}_])${plural}(?![\\p{L}\\p{N}_])`, 'giu');
}

/**
 * The glossary's terms an English text uses. Where terms overlap the longer one wins ("custom image"
 * over "image", "outside the Chinese mainland" over "Chinese mainland"); at equal length a term of prose
 * wins over a control's name ("Marketplace images" opening a sentence is the listings, 市场镜像, not the
 * tab, 镜像市场).
 */
function termsIn(text: string): Term[] {
  const found = glossary.flatMap((term) =>
    [...text.matchAll(termPattern(term.en))].map((m) => ({ term, start: m.index, end: m.index + m[0].length })),
  );
  found.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || Number(a.term.name ?? false) - Number(b.term.name ?? false),
  );
  const taken: typeof found = [];
  for (const f of found) if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
  return taken.map((t) => t.term);
}

/**
 * Where the Chinese rightly says an English word otherwise, and why. The glossary's "created" is the
 * Created column (创建时间) and its image states are labels (创建中, 导入中…); a message saying the
 * operation ("still being created", "Creating the image failed") says 创建, 导入.
 */
const glossaryExceptions: Partial<Record<MessageKey, { term: string; why: string }[]>> = {
  'image.creating': [{ term: 'created', why: 'the verb (仍在创建中), not the Created column 创建时间' }],
  'image.createFailed': [{ term: 'Creating', why: 'the operation failed (创建失败), not the state label 创建中' }],
  'image.importFailed': [{ term: 'Importing', why: 'the operation failed (导入失败), not the state label 导入中' }],
};

describe('the Chinese catalogue', () => {
  it.each(keys)('%s says each glossary term its English source uses as the glossary does', (key) => {
    const english = wordsOf(parse(en[key], { strict: true }));
    const chinese = wordsOf(parse(zhCN[key], { strict: true }));
    const excepted = new Set((glossaryExceptions[key] ?? []).map((e) => e.term));
    for (const term of termsIn(english).filter((t) => !excepted.has(t.en)))
      expect(chinese, `"${term.en}" is ${term.zh}`).toContain(term.zh);
  });

  it('has no exception for a term its English source does not use', () => {
    for (const [key, exceptions] of Object.entries(glossaryExceptions)) {
      const used = termsIn(wordsOf(parse(en[key as MessageKey], { strict: true }))).map((t) => t.en);
      for (const e of exceptions!) expect(used, key).toContain(e.term);
    }
  });

  it('finds terms as the glossary test reads them', () => {
    expect(termsIn('Marketplace images have no copy; only your own custom images do.').map((t) => t.zh)).toEqual([
      '市场镜像',
      '自定义镜像',
      '复制',
    ]);
    expect(termsIn('Encrypted copies are not supported in this region.').map((t) => t.zh)).toEqual(['复制', '地域']);
    expect(termsIn('Images cannot be copied from outside the Chinese mainland.').map((t) => t.zh)).toEqual([
      '中国大陆以外',
      '镜像',
    ]);
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
      'a count of one',
      violation('X', 'param.tooManyItems', { name: 'ImageIds', max: 1 }),
      'The parameter `ImageIds` accepts at most 1 item.',
    ],
    [
      'a count of many',
      violation('X', 'filters.tooManyValues', { name: 'zone', max: 5, count: 6 }),
      'Filter "zone" takes at most 5 values (got 6).',
    ],
    [
      'a number in the thousands, without grouping',
      violation('X', 'param.tooLong', { name: 'ImageUrl', max: 1024 }),
      'The parameter `ImageUrl` must be at most 1024 characters.',
    ],
  ])('renders %s', (_what, v, text) => {
    expect(renderMessage(v, 'en-US')).toBe(text);
    expect(renderMessage(v, 'en-US')).toBe(text);
  });

  it.each<[string, Violation, string]>([
    [
      'numbers',
      violation('OverQuota', 'share.overLimit', { max: 50, current: 48, adding: 5, total: 53, excess: 3 }),
      '一个镜像最多共享给 50 个账号：已共享 48 个 + 新增 5 个 = 53 个，请移除 3 个。',
    ],
    [
      'a count',
      violation('InvalidImageId.InShared', 'image.inShared', { count: 1 }),
      '删除前，请先对 1 个账号取消共享。',
    ],
    [
      'a select',
      violation('X', 'image.syncing', { action: 'launch' }),
      '镜像仍在复制中，待状态变为正常后才能用于创建实例。',
    ],
    [
      'a region, by its Chinese name, and an exact plural',
      violation('X', 'quota.exceeded', { used: 10, quota: 10, region: 'ap-guangzhou', adding: 1 }),
      '广州地域已使用 10/10 个自定义镜像配额；请删除一个镜像以腾出配额。',
    ],
    [
      'the other plural',
      violation('X', 'quota.exceeded', { used: 9, quota: 10, region: 'ap-singapore', adding: 3 }),
      '新加坡地域已使用 9/10 个自定义镜像配额；再增加 3 个将超出配额。',
    ],
    [
      'an unknown region, by its ID',
      violation('X', 'import.bucketRegion', { bucketRegion: 'ap-mars', region: 'ap-shanghai' }),
      '存储桶位于ap-mars，但只能从上海地域的存储桶导入镜像。',
    ],
    [
      'a list, joined with 、',
      violation('X', 'filters.unknown', { name: 'colour', supported: ['zone', 'instance-type', 'image-id'] }),
      '不支持过滤条件“colour”；支持的过滤条件：zone、instance-type、image-id。',
    ],
    [
      'an "or" list',
      violation('X', 'import.architecture', { os: 'CentOS', architectures: ['x86_64', 'i386'] }),
      'CentOS 镜像仅支持导入 x86_64或i386 架构。',
    ],
    [
      'a nested message, in the same language',
      violation('X', 'delete.refused', {
        imageId: 'img-abcd1234',
        reason: violation('Y', 'image.inShared', { count: 3 }),
      }),
      'img-abcd1234：删除前，请先对 3 个账号取消共享。',
    ],
    [
      'a copy refusal naming a region',
      violation('InvalidRegion.Unavailable', 'copy.fromMainland', { region: 'ap-tokyo' }),
      '不支持将镜像从中国大陆复制到中国大陆以外的东京。',
    ],
  ])('renders %s in Chinese', (_what, v, text) => {
    expect(renderMessage(v, 'zh-CN')).toBe(text);
  });

  it('renders nothing for no message', () => {
    expect(renderMessage(undefined, 'en-US')).toBeUndefined();
  });
});
