import { useT } from './i18n/I18n.tsx';

/** A time from the API, in the person's language and time zone, with the zone named. */
export function DateTime({ iso }: { iso: string }) {
  const t = useT();
  return <time dateTime={iso}>{t.format.dateTime(iso)}</time>;
}
