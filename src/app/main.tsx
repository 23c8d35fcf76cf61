import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setBackendReady } from '../api/client.ts';
import { App, createQueryClient } from './App.tsx';
import type { DemoBackend } from './demo-backend.ts';
import './styles.css';

async function startBackend(): Promise<DemoBackend | null> {
  if (import.meta.env.VITE_MSW === 'off') return null;
  try {
    // The embedded backend is its own chunk; the page renders while it loads and starts.
    const { startEmbeddedBackend } = await import('../mocks/browser.ts');
    return await startEmbeddedBackend();
  } catch (e) {
    return {
      startError: `The embedded demo backend could not start (${e instanceof Error ? e.message : String(e)}). This browser may block service workers; the console cannot load data without it.`,
      reset: () => undefined,
    };
  }
}

const queryClient = createQueryClient();
const backend = startBackend();
setBackendReady(backend);
void backend.then((b) => b?.onExternalChange?.(() => void queryClient.invalidateQueries()));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App backend={backend} queryClient={queryClient} />
  </StrictMode>,
);
