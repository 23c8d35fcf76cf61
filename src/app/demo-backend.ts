import { createContext, useContext } from 'react';

/** What the console can do with its embedded backend (none when pointed at another API). */
export interface DemoBackend {
  /** Set when stored data could not be read and was replaced by the seed (the console says so in its words). */
  notice?: string;
  /** Why the embedded backend could not start, as the browser said it. */
  startError?: string;
  reset(): void;
  /** Called when another tab changed the data. */
  onExternalChange?(listener: () => void): () => void;
}

/** Resolves once the embedded backend has started (null when the console runs without it). */
export const DemoBackendContext = createContext<Promise<DemoBackend | null>>(Promise.resolve(null));

export function useDemoBackendPromise(): Promise<DemoBackend | null> {
  return useContext(DemoBackendContext);
}
