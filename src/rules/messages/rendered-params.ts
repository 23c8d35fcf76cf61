import { messageParams, type MessageKey, type ParamKind } from './params.ts';

type Rendered = Exclude<ParamKind, 'number' | 'string' | readonly string[]>;

/**
 * The parameters rendered before their message is formatted (lists, regions, nested messages), by
 * message: the only part of ./params.ts the bundle needs at run time (builds replace this module
 * with its value: vite-messages.ts).
 */
export const renderedParams: Partial<Record<MessageKey, Record<string, Rendered>>> = Object.fromEntries(
  Object.entries(messageParams).flatMap(([key, params]) => {
    const rendered = Object.entries(params as Record<string, ParamKind>).filter(
      (entry): entry is [string, Rendered] =>
        typeof entry[1] === 'string' && entry[1] !== 'number' && entry[1] !== 'string',
    );
    return rendered.length > 0 ? [[key, Object.fromEntries(rendered)]] : [];
  }),
);
