import { createContext, useContext } from 'react';
import type { Message } from '../rules/messages/params.ts';

/** What the console can do with its embedded backend (none when pointed at another API). */
export interface DemoBackend {
  /** Stored data that could not be read was set aside: what the console says about it. */
  notice?: Message;
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
