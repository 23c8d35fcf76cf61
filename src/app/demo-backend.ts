import { createContext, useContext } from 'react';

/** What the console can do with its embedded backend (none when pointed at another API). */
export interface DemoBackend {
  notice?: string;
  startError?: string;
  reset(): void;
  /** Called when another tab changed the data. */
  onExternalChange?(listener: () => void): () => void;
}

export const DemoBackendContext = createContext<DemoBackend | null>(null);

export function useDemoBackend(): DemoBackend | null {
  return useContext(DemoBackendContext);
}
