import {
  createContext,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { loadCatalogue } from './load.ts';
import { htmlLang, rememberLocale, type ChosenLocale } from './locale.ts';
import type { CataloguePart } from './parts.ts';
import { createTranslator, type Translate } from './translator.ts';

interface I18n {
  t: Translate;
  /** Switch the console to another language, without reloading: its catalogue loads first. */
  choose(locale: ChosenLocale): Promise<void>;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The console's language. It starts with a catalogue loaded before the first render (so the first
 * paint is already in the right language) and switches only once the next one has loaded, so no
 * text ever shows in a mix of the two. `onSwitch` hears of every switch (the API's language).
 */
export function I18nProvider({
  initial,
  onSwitch,
  children,
}: {
  initial: Translate;
  onSwitch?: (t: Translate) => void;
  children: ReactNode;
}) {
  // Functions both: kept as values, not called as a state initializer or updater.
  const [t, setT] = useState(() => initial);
  const latest = useRef(0);
  const choose = useCallback(
    async (locale: ChosenLocale) => {
      const asked = ++latest.current;
      const next = createTranslator(locale, await loadCatalogue(locale));
      // The parts the page shows now, in the new language too, before anything changes.
      await Promise.all(t.parts.map((part) => next.need(part)));
      // A second choice made while the first loaded wins.
      if (asked !== latest.current) return;
      rememberLocale(locale);
      document.documentElement.lang = htmlLang(locale);
      onSwitch?.(next);
      setT(() => next);
    },
    [onSwitch, t],
  );
  const value = useMemo(() => ({ t, choose }), [t, choose]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT() outside an I18nProvider');
  return i18n;
}

/** What a component says, in the person's language. */
export function useT(): Translate {
  return useI18n().t;
}

/** The language now, and the way to choose another. */
export function useLanguage(): { locale: Translate['locale']; choose: I18n['choose'] } {
  const { t, choose } = useI18n();
  return { locale: t.locale, choose };
}

/** Children that say messages of another part of the catalogue (./parts.ts): they wait (suspend) for it. */
export function MessagesOf({ part, children }: { part: CataloguePart; children: ReactNode }) {
  use(useT().need(part));
  return children;
}

/**
 * Whether a part of the catalogue is loaded, asking for it: for a part of a component that can show
 * without those words at first (a dialog's facts), where MessagesOf would hold back the whole.
 */
export function usePart(part: CataloguePart): boolean {
  const t = useT();
  const [loaded, setLoaded] = useState<Translate | null>(null);
  useEffect(() => {
    let live = true;
    void t.need(part).then(() => live && setLoaded(() => t));
    return () => {
      live = false;
    };
  }, [t, part]);
  return loaded === t;
}

/** The browser tab's title while a page is shown: "Images · CVM Image Console", in the person's language. */
export function useTitle(page: string | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}

/** A time from the API, in the person's language and time zone, with the zone named. */
export function DateTime({ iso }: { iso: string }) {
  const t = useT();
  return <time dateTime={iso}>{t.format.dateTime(iso)}</time>;
}
