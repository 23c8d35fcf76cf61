import type { DefaultOptions } from '@tanstack/react-query';

/**
 * The console's query defaults: what was read stays fresh for 30 s (a page read ahead too), a
 * failed read is tried once more, and coming back to the window reads nothing again.
 */
export const queryDefaults = {
  queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false },
  mutations: { retry: false },
} as const satisfies DefaultOptions;
