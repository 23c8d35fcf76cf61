import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import type { Message } from '../../rules/messages/params.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { findRegion, zoneInfo, type Region, type Zone } from '../../rules/regions.ts';
import { formatsFor, type Formats } from './format.ts';
import { loadCatalogue, type CompiledCatalogue, type LoadedCatalogue } from './load.ts';
import { apiLanguage, type Locale } from './locale.ts';
import type { ParamKey, UiKey, UiParams } from './params.ts';
import type { CataloguePart } from './parts.ts';

type Args<K extends UiKey> = K extends ParamKey ? [params: UiParams<K>] : [];

/** A message's parameters where any may also be an element: "Copy <strong>web-01</strong> to …". */
export type RichParams<K extends ParamKey> = { [P in keyof UiParams<K>]: UiParams<K>[P] | ReactElement };

/**
 * Everything a component says, in one language: `t(key, params)` for the UI's own messages (the
 * parameters each key takes are checked: ./params.ts), `t.rich` for one with elements inside it,
 * `t.rule` for a message of the rules (a violation), `t.region` for a region's name, and
 * `t.format` for dates and numbers. Components get it from `useT()`.
 */
export interface Translate {
  <K extends UiKey>(key: K, ...params: Args<K>): string;
  rich<K extends ParamKey>(key: K, params: RichParams<K>): ReactNode;
  rule(message: Message): string;
  rule(message: Message | undefined): string | undefined;
  /** A region by its city, as the language names it ("Guangzhou", "广州"); an unknown ID as is. */
  region(id: string): string;
  /** A region's full name: "South China (Guangzhou)", "华南地区（广州）". */
  regionName(id: string): string;
  /** A zone's name, as the API names it in the language: "Guangzhou Zone 3", "广州三区". */
  zone(region: Region, zone: Zone): string;
  readonly format: Formats;
  /**
   * The messages of another part of the catalogue (./parts.ts), loaded once: a promise for React's
   * `use`, already marked fulfilled once they are in (MessagesOf in ./I18n.tsx).
   */
  need(part: CataloguePart): Promise<void>;
  /** The parts loaded or loading so far (a switch to another language loads the same). */
  readonly parts: readonly CataloguePart[];
  readonly locale: Locale;
  /** The rules' and the API's language for this locale. */
  readonly language: ReturnType<typeof apiLanguage>;
}

/**
 * Marks the promise fulfilled once it is, the way React's `use` reads a promise it has seen before:
 * a page whose messages are in renders at once, even under a promise React meets for the first
 * time (after a switch of language, say), instead of showing its fallback for a moment.
 */
function fulfilled(promise: Promise<void>): Promise<void> {
  void promise.then(
    () => Object.assign(promise, { status: 'fulfilled', value: undefined }),
    () => undefined,
  );
  return promise;
}

/**
 * The pseudo-locale's formats: English ones in its letters, so a size or a date shows it went through
 * them; but an OS name is the API's data, shown as English shows it.
 */
function pseudoFormats(formats: Formats, letters: (text: string) => string): Formats {
  const lettered = Object.fromEntries(
    Object.entries(formats).map(([name, format]) => [name, (...args: never[]) => letters(format(...args))]),
  ) as unknown as Formats;
  return { ...lettered, osName: formats.osName };
}

/** Where an element goes in a message's text while it is formatted (a character no message contains). */
const SLOT = '\u0000';

export function createTranslator(locale: Locale, loaded: LoadedCatalogue, timeZone?: string): Translate {
  const language = apiLanguage(locale);
  const { pseudo } = loaded;
  const formats = formatsFor(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', timeZone);
  // The main part's messages, and each part's added as it loads.
  const messages: CompiledCatalogue = { ...loaded.messages };
  const asked: CataloguePart[] = ['main', ...(loaded.parts ?? [])];
  const parts = new Map(asked.map((part) => [part, fulfilled(Promise.resolve())]));
  // Names the rules hold in both languages; the pseudo-locale accents the English one.
  const letters = (text: string) => (pseudo ? pseudo.pseudoLetters(text) : text);
  const regionSays = (id: string, name: (r: Region) => string) => {
    const region = findRegion(id);
    return region ? letters(name(region)) : id;
  };
  const say = (key: UiKey, params: object = {}): string => {
    const message = messages[key];
    if (message === undefined) throw new Error(`The ${locale} catalogue has no message ${key}`);
    return typeof message === 'string' ? message : message(params as Record<string, unknown>);
  };
  return Object.assign((key: UiKey, params?: object) => say(key, params), {
    rich(key: ParamKey, params: Record<string, unknown>) {
      const elements: ReactElement[] = [];
      const values: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(params))
        if (isValidElement(value)) values[name] = `${SLOT}${elements.push(value) - 1}${SLOT}`;
        else values[name] = value;
      return say(key, values)
        .split(new RegExp(`${SLOT}(\\d+)${SLOT}`))
        .map((part, i) => (i % 2 === 1 ? cloneElement(elements[Number(part)]!, { key: i }) : part));
    },
    rule(message: Message | undefined) {
      const text = renderMessage(message, language);
      return pseudo && text !== undefined ? pseudo.pseudoMessage(text) : text;
    },
    region: (id: string) => regionSays(id, (r) => (locale === 'zh-CN' ? r.cityZh : r.city)),
    regionName: (id: string) => regionSays(id, (r) => (locale === 'zh-CN' ? r.nameZh : r.name)),
    zone: (region: Region, zone: Zone) => letters(zoneInfo(region, zone, language).ZoneName),
    format: pseudo ? pseudoFormats(formats, letters) : formats,
    need(part: CataloguePart) {
      let promise = parts.get(part);
      if (!promise) {
        promise = fulfilled(loadCatalogue(locale, part).then((c) => void Object.assign(messages, c.messages)));
        parts.set(part, promise);
        asked.push(part);
      }
      return promise;
    },
    parts: asked,
    locale,
    language,
  }) as Translate;
}
