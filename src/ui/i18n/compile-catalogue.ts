import MessageFormat from '@messageformat/core';

/**
 * A catalogue compiled when its module loads, where no build step compiled it ahead of time (a
 * plain TypeScript runner). Builds never reach this module: vite-messages.ts replaces every
 * catalogue-*.ts with its messages compiled to JavaScript, without messageformat's compiler.
 */
export function compileCatalogue<K extends string>(
  locale: string,
  source: Record<K, string>,
): Record<K, (values: Record<string, unknown>) => string> {
  const mf = new MessageFormat(locale);
  return Object.fromEntries(
    Object.entries<string>(source).map(([key, text]) => [key, mf.compile(text) as (values: object) => string]),
  ) as Record<K, (values: Record<string, unknown>) => string>;
}
