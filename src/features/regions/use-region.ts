import { useCallback } from 'react';
import { useSearchParams } from '../router.tsx';
import { readStoredText } from '../../api/stored.ts';
import { DEFAULT_REGION_ID, isKnownRegion } from '../../rules/regions.ts';

const KEY = 'cvm-console:region';

function remembered(): string {
  return readStoredText(KEY, 'region', (stored) => (isKnownRegion(stored) ? stored : undefined)) ?? DEFAULT_REGION_ID;
}

/** The region a page at these search parameters shows. */
export function regionFrom(params: URLSearchParams): string {
  const fromUrl = params.get('region');
  return fromUrl && isKnownRegion(fromUrl) ? fromUrl : remembered();
}

/**
 * The selected region: the URL's `region` parameter when it names a region, otherwise the
 * one chosen last time. Choosing one writes both, so links and the next visit agree.
 */
export function useRegion(): [string, (region: string) => void] {
  const [params, setParams] = useSearchParams();
  const region = regionFrom(params);
  const setRegion = useCallback(
    (next: string) => {
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // not remembered, still selected
      }
      setParams((prev) => {
        const out = new URLSearchParams(prev);
        out.set('region', next);
        out.delete('page');
        return out;
      });
    },
    [setParams],
  );
  return [region, setRegion];
}
