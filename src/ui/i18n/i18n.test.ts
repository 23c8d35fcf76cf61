// The UI's catalogue holds together: both languages have every key, every message uses exactly the
// parameters declared for its key (./params.ts) in both, Chinese says the glossary's terms, every
// message is said somewhere and in the part of the catalogue its page loads; the pseudo-locale is
// complete and accented; and the translator, the formats and the choice of language behave.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createElement, isValidElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { violation } from '../../rules/violation.ts';
import { glossary } from '../../rules/messages/glossary.ts';
import { allowed, messageArguments } from '../../rules/messages/icu-arguments.ts';
import type { ParamKind } from '../../rules/messages/params.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { findRegion } from '../../rules/regions.ts';
import { en } from './en.ts';
import { formatsFor } from './format.ts';
import { loadCatalogue } from './load.ts';
import { apiLanguage, DEV_FLAG_KEY, htmlLang, initialLocale, localeOfBrowser, rememberLocale } from './locale.ts';
import { uiParams, type UiKey } from './params.ts';
import { partOf } from './parts.ts';
import { pseudoCatalogue } from './pseudo-catalogue.ts';
import { pseudoLetters } from './pseudo-text.ts';
import { createTranslator } from './translator.ts';
import { zhCN } from './zh-CN.ts';

const keys = Object.keys(en) as UiKey[];
const catalogues = { en, 'zh-CN': zhCN, pseudo: pseudoCatalogue(en) } as const;
const declared = (key: UiKey) => (uiParams as Partial<Record<UiKey, Record<string, ParamKind>>>)[key] ?? {};

const SRC = join(import.meta.dirname, '../..');

const catalogueFiles = ['en.ts', 'zh-CN.ts', 'params.ts'].map((file) => join(import.meta.dirname, file));

/** The console's source files (tests and the catalogues themselves left out), by path from src/. */
function sources(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !catalogueFiles.includes(path))
        out.set(relative(SRC, path), readFileSync(path, 'utf8'));
    }
  };
  walk(SRC);
  out.delete('test/render.tsx');
  return out;
}

describe('the catalogues', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(zhCN).sort()).toEqual([...keys].sort());
    expect(Object.keys(catalogues.pseudo).sort()).toEqual([...keys].sort());
  });

  it('declare only keys that exist', () => {
    expect(Object.keys(uiParams).filter((key) => !(key in en))).toEqual([]);
  });

  it.each(keys)('%s uses exactly its declared parameters, each as its kind allows, in every language', (key) => {
    const params = declared(key);
    for (const [language, catalogue] of Object.entries(catalogues)) {
      const used = messageArguments(catalogue[key]);
      expect([...used.keys()].sort(), `${language}: ${catalogue[key]}`).toEqual(Object.keys(params).sort());
      for (const [name, uses] of used)
        for (const use of uses)
          expect(allowed(params[name]!, use), `${language}: ${name} used as ${use.use}`).toBe(true);
    }
  });

  // Names said alike in both languages, as Tencent Cloud's Chinese console says them: the purchase page's
  // column heading is "vCPU" (the glossary's 核 is for a count: 2核4GB).
  const sameInBoth = new Set<UiKey>(['arch.arm', 'field.cloudInit', 'wizard.cpu']);

  // Text the type check cannot tell from a translation: English copied into the Chinese catalogue.
  it('translates every message with words into Chinese (names the same in both aside)', () => {
    const words = (text: string) => text.replace(/\{[^{}]*\}/g, '').match(/[A-Za-z]{2,}/g) ?? [];
    const untranslated = keys.filter(
      (key) => !sameInBoth.has(key) && words(en[key]).length > 0 && !/[\u4e00-\u9fff]/.test(zhCN[key]),
    );
    expect(untranslated).toEqual([]);
  });

  it('say a glossary term as the glossary says it, in Chinese, wherever the English is that term', () => {
    const byTerm = new Map(glossary.map((term) => [term.en.toLowerCase(), term.zh]));
    const mismatched = keys
      .filter((key) => !sameInBoth.has(key))
      .filter((key) => byTerm.has(en[key].toLowerCase()) && zhCN[key] !== byTerm.get(en[key].toLowerCase()))
      .map((key) => `${key}: ${en[key]} = ${zhCN[key]}, not ${byTerm.get(en[key].toLowerCase())}`);
    expect(mismatched).toEqual([]);
  });

  it('name the controls of the UI contract as DESIGN.md does in both languages (accessible names)', () => {
    const names: [UiKey, string, string][] = [
      ['region.label', 'Region', '地域'],
      ['images.tab.public', 'Public images', '公共镜像'],
      ['images.tab.custom', 'Custom images', '自定义镜像'],
      ['images.tab.shared', 'Shared images', '共享镜像'],
      ['images.tab.marketplace', 'Marketplace images', '镜像市场'],
      ['images.search', 'Search images', '搜索镜像'],
      ['account.label', 'Account', '账号'],
      ['language.label', 'Language', '语言'],
      ['share.title', 'Share image', '共享镜像'],
      ['copy.title', 'Copy image', '复制镜像'],
      ['createImage.title', 'Create custom image', '创建自定义镜像'],
      ['importImage.title', 'Import image', '导入镜像'],
      ['editImage.title', 'Edit image', '编辑镜像'],
      ['deleteImage.title', 'Delete image', '删除镜像'],
      ['backend.reset', 'Reset demo data', '重置演示数据'],
      ['wizard.heading', 'Create instance', '创建实例'],
      ['wizard.launch', 'Launch', '立即购买'],
      ['action.launch', 'Launch instance', '创建实例'],
    ];
    for (const [key, english, chinese] of names) {
      expect(en[key]).toBe(english);
      expect(zhCN[key]).toBe(chinese);
      expect(glossary.find((term) => term.en === english && term.name)?.zh, english).toBe(chinese);
    }
  });

  it('say every message somewhere in the console, and each in the part of the catalogue its page loads', () => {
    const files = sources();
    const all = [...files.values()];
    expect(keys.filter((key) => !all.some((source) => source.includes(`'${key}'`)))).toEqual([]);
    // The `pages` part loads with the pages of the lazily loaded routes, the `dialogs` part with the
    // dialogs (./parts.ts): no other module of the UI says them (the rules' own messages have keys of
    // their own, some alike: share.*, tags.*).
    const modulesOf = {
      pages: /^features\/(instances\/|images\/ImageDetailsPage\.tsx|images\/impact\/)/,
      dialogs:
        /^features\/(share|copy|export)\/|^features\/images\/(\w+Dialogs?|TagFields|NameDescriptionFields|FamilyFields|impact\/EditImpact)\.tsx$/,
    };
    const ui = /^(?!rules\/|mocks\/)/;
    for (const [part, modules] of Object.entries(modulesOf)) {
      const misplaced = keys
        .filter((key) => partOf(key) === part)
        .flatMap((key) =>
          [...files].filter(([path, source]) => ui.test(path) && !modules.test(path) && source.includes(`'${key}'`)),
        )
        .map(([path]) => path);
      expect(misplaced, part).toEqual([]);
      expect(keys.some((key) => partOf(key) === part)).toBe(true);
    }
  });
});

describe('the pseudo-locale', () => {
  it('brackets every message and leaves no ASCII letter in its text, only in its arguments', () => {
    const text = (message: string) => message.replace(/\{[^{}]*\}/g, '');
    for (const key of keys) {
      const pseudo = catalogues.pseudo[key];
      expect(pseudo, key).toMatch(/^\[[\s\S]*\]$/);
      // Plural and select keywords are syntax: checked on the compiled output below instead.
      if (!/, (plural|select)/.test(en[key])) expect(text(pseudo), key).not.toMatch(/[A-Za-z]/);
    }
  });

  it('renders messages about 40 % longer than English, arguments kept', async () => {
    const pseudo = createTranslator('pseudo', await loadCatalogue('pseudo'));
    const english = createTranslator('en', await loadCatalogue('en'));
    await pseudo.need('dialogs');
    expect(pseudo('pager.summary', { page: 2, pages: 3, total: 35 })).toBe('[Þààĝéé 2 ööƒ 3 · 35 îîɱààĝééš]');
    expect(pseudo('deleteImage.done', { count: 1, name: 'web-01' })).toBe('[Ðééļééţééð web-01.]');
    const lengths = (t: typeof english) =>
      keys
        .filter((key) => partOf(key) === 'main' && !(key in uiParams))
        .reduce((n, key) => n + t(key as 'app.name').length, 0);
    expect(lengths(pseudo) / lengths(english)).toBeGreaterThan(1.35);
  });

  it('accents the rules’ messages and region names too', async () => {
    const pseudo = createTranslator('pseudo', await loadCatalogue('pseudo'));
    const v = violation('X', 'image.inShared', { count: 2 });
    expect(pseudo.rule(v)).toBe(`[${pseudoLetters(renderMessage(v, 'en-US'))}]`);
    expect(pseudo.region('ap-guangzhou')).toBe(pseudoLetters('Guangzhou'));
  });

  it('accents sizes and dates, but shows an OS name, the API’s data, as English does', async () => {
    const pseudo = createTranslator('pseudo', await loadCatalogue('pseudo'));
    expect(pseudo.format.gigabytes(50)).toBe(pseudoLetters('50 GB'));
    expect(pseudo.format.osName('CentOS 7.6 64位')).toBe('CentOS 7.6 64-bit');
  });
});

describe('the translator', () => {
  it('says a message with its parameters, in its language, with plurals', async () => {
    const t = createTranslator('en', await loadCatalogue('en'));
    const zh = createTranslator('zh-CN', await loadCatalogue('zh-CN'));
    expect(t('pager.summary', { page: 1, pages: 2, total: 1 })).toBe('Page 1 of 2 · 1 image');
    expect(t('pager.summary', { page: 1, pages: 2, total: 1234 })).toBe('Page 1 of 2 · 1,234 images');
    expect(zh('pager.summary', { page: 1, pages: 2, total: 35 })).toBe('第 1/2 页 · 共 35 个镜像');
    expect(t('toolbar.copySelected', { count: 0 })).toBe('Copy selected');
    expect(zh('toolbar.copySelected', { count: 2 })).toBe('复制所选（2）');
    expect(t('images.empty.filtered', { tab: 'shared', region: 'Guangzhou' })).toBe(
      'No shared images in Guangzhou match your search or filters.',
    );
  });

  it('puts elements inside a message where its language puts them', async () => {
    const zh = createTranslator('zh-CN', await loadCatalogue('zh-CN'));
    await zh.need('dialogs');
    const parts = zh.rich('cancelShare.intro', { name: createElement('strong', null, 'web-01') }) as unknown[];
    expect(parts[0]).toBe('请选择不再能看到 ');
    expect(isValidElement(parts[1]) && parts[1].type).toBe('strong');
    expect(parts[2]).toMatch(/^ 的账号/);
  });

  it('renders the rules’ messages in its language, and names regions as the language does', async () => {
    const zh = createTranslator('zh-CN', await loadCatalogue('zh-CN'));
    const v = violation('X', 'quota.exceeded', { used: 10, quota: 10, region: 'ap-guangzhou', adding: 1 });
    expect(zh.rule(v)).toBe(renderMessage(v, 'zh-CN'));
    expect(zh.rule(undefined)).toBeUndefined();
    expect(zh.region('ap-guangzhou')).toBe('广州');
    expect(zh.regionName('ap-singapore')).toBe('亚太东南（新加坡）');
    expect(zh.region('ap-mars')).toBe('ap-mars');
    const guangzhou = findRegion('ap-guangzhou')!;
    expect(
      zh.zone(
        guangzhou,
        guangzhou.zones.find((z) => z.Zone === 'ap-guangzhou-3')!,
      ),
    ).toBe('广州三区');
    expect(zh.language).toBe('zh-CN');
  });

  it('loads another part of the catalogue when asked, and says its messages from then on', async () => {
    const t = createTranslator('zh-CN', await loadCatalogue('zh-CN'));
    expect(() => t('details.heading')).toThrow(/no message details.heading/);
    expect(t.parts).toEqual(['main']);
    await t.need('pages');
    expect(t('details.heading')).toBe('详情');
    expect(t.parts).toEqual(['main', 'pages']);
    expect(t.need('pages')).toBe(t.need('pages'));
  });
});

describe('formats', () => {
  const time = '2025-01-16T08:00:00Z';
  it.each([
    ['en-GB', 'UTC', '16 Jan 2025, 08:00 UTC'],
    ['en-GB', 'Asia/Shanghai', '16 Jan 2025, 16:00 GMT+8'],
    ['zh-CN', 'Asia/Shanghai', '2025年1月16日 16:00 GMT+8'],
    ['zh-CN', 'Europe/Berlin', '2025年1月16日 09:00 GMT+1'],
  ])('a time in %s, in %s, names its zone', (locale, zone, text) => {
    expect(formatsFor(locale, zone).dateTime(time)).toBe(text);
  });

  it('formats each time once, and writes it the same when asked again, past the times it keeps too', () => {
    const formats = formatsFor('en-GB', 'UTC');
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    expect(formats.dateTime(time)).toBe('16 Jan 2025, 08:00 UTC');
    expect(formats.dateTime(time)).toBe('16 Jan 2025, 08:00 UTC');
    expect(spy).toHaveBeenCalledTimes(1);
    for (let minute = 0; minute < 1100; minute++)
      formats.dateTime(new Date(Date.UTC(2025, 1, 1, 0, minute)).toISOString());
    expect(formats.dateTime('2025-02-01T18:19:00.000Z')).toBe('01 Feb 2025, 18:19 UTC');
    expect(formats.dateTime(time)).toBe('16 Jan 2025, 08:00 UTC');
    expect(formats.dateTime('not a time')).toBe('not a time');
    spy.mockRestore();
  });

  it('writes a whole number below 1,000 as Intl does, in both languages, without asking Intl', () => {
    const plain = [-999, -1, 0, 1, 7, 20, 50, 512, 999];
    for (const locale of ['en-GB', 'zh-CN']) {
      const unit = new Intl.NumberFormat(locale, { style: 'unit', unit: 'gigabyte', unitDisplay: 'short' });
      const numbers = plain.map((n) => new Intl.NumberFormat(locale).format(n));
      const sizes = plain.map((n) => unit.format(n));
      const spy = vi.spyOn(Intl, 'NumberFormat');
      const formats = formatsFor(locale);
      expect(plain.map((n) => formats.number(n))).toEqual(numbers);
      expect(plain.map((n) => formats.gigabytes(n))).toEqual(sizes);
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
      expect(formats.number(12345)).toBe('12,345');
      expect(formats.gigabytes(2048)).toBe('2,048 GB');
    }
  });

  it('numbers, sizes, percentages and lists', () => {
    const english = formatsFor('en-GB');
    const chinese = formatsFor('zh-CN');
    expect(english.number(12345)).toBe('12,345');
    expect(english.gigabytes(50)).toBe('50 GB');
    expect(chinese.gigabytes(50)).toBe('50 GB');
    expect(english.percent(42)).toBe('42%');
    expect(english.list(['Shanghai', 'Beijing'])).toBe('Shanghai, Beijing');
    expect(chinese.list(['上海', '北京'])).toBe('上海、北京');
    expect(english.dateTime('not a time')).toBe('not a time');
  });

  it('OS names: English reads their Chinese words in English, Chinese shows them as the API gave them', () => {
    expect(formatsFor('en-GB').osName('Windows Server 2022 数据中心版 64位中文版')).toBe(
      'Windows Server 2022 Datacenter 64-bit Chinese',
    );
    expect(formatsFor('zh-CN').osName('Windows Server 2022 数据中心版 64位中文版')).toBe(
      'Windows Server 2022 数据中心版 64位中文版',
    );
  });
});

describe('the choice of language', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it.each<[string[], string]>([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-Hans-CN'], 'zh-CN'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ])('follows the browser on a first visit: %j → %s', (languages, locale) => {
    expect(localeOfBrowser(languages)).toBe(locale);
  });

  it('remembers the choice, which wins over the browser’s languages', () => {
    vi.stubGlobal('navigator', { ...navigator, languages: ['zh-CN'] });
    expect(initialLocale()).toBe('zh-CN');
    rememberLocale('en');
    expect(initialLocale()).toBe('en');
    rememberLocale('pseudo');
    expect(localStorage.getItem('cvm-console:language')).toBe('en');
  });

  it('offers the pseudo-locale with ?lang=pseudo only where the development flag is set', () => {
    vi.stubEnv('DEV', false);
    window.history.replaceState(null, '', '/images?lang=pseudo');
    expect(initialLocale()).toBe('en');
    localStorage.setItem(DEV_FLAG_KEY, '1');
    expect(initialLocale()).toBe('pseudo');
    vi.unstubAllEnvs();
  });

  it('tags the page and the API with the language', () => {
    expect(htmlLang('zh-CN')).toBe('zh-CN');
    expect(htmlLang('pseudo')).toBe('en-XA');
    expect(apiLanguage('zh-CN')).toBe('zh-CN');
    expect(apiLanguage('en')).toBe('en-US');
    expect(apiLanguage('pseudo')).toBe('en-US');
  });
});
