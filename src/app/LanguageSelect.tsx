import { useState } from 'react';
import { useLanguage, useT } from '../ui/i18n/I18n.tsx';
import { localeNames, type ChosenLocale } from '../ui/i18n/locale.ts';
import { useToast } from '../ui/Toast.tsx';

const choices = Object.entries(localeNames) as [ChosenLocale, string][];

/**
 * The console's language, named "Language" in English and "语言" in Chinese; each language is
 * offered in its own words. Switching loads the other catalogue, then changes every text at once.
 */
export function LanguageSelect() {
  const t = useT();
  const toast = useToast();
  const { locale, choose } = useLanguage();
  // While the other language loads, the selector shows it already chosen.
  const [asked, setAsked] = useState<ChosenLocale | null>(null);
  return (
    <div className="field-inline">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        // The pseudo-locale (tests and development) is English, made long: it is not offered.
        value={asked ?? (locale === 'pseudo' ? 'en' : locale)}
        onChange={(e) => {
          const next = e.target.value as ChosenLocale;
          setAsked(next);
          choose(next).then(
            () => setAsked(null),
            () => {
              setAsked(null);
              toast.show(t('language.loadFailed'), 'error');
            },
          );
        }}
      >
        {choices.map(([value, name]) => (
          <option key={value} value={value} lang={value} translate="no">
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
