// Built on first use: constructing a formatter is slow, and the first paint needs none.
let dateFormat: Intl.DateTimeFormat | undefined;

/** A time from the API (ISO 8601) as people read it, in UTC: "16 Jan 2025, 08:00 UTC". */
export function formatTime(iso: string): string {
  const t = Date.parse(iso);
  dateFormat ??= new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  return Number.isNaN(t) ? iso : dateFormat.format(t);
}
