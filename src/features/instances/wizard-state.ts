import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export const steps = [
  { key: 'location', label: 'Location' },
  { key: 'type', label: 'Instance type' },
  { key: 'image', label: 'Image' },
  { key: 'settings', label: 'Storage and settings' },
  { key: 'review', label: 'Review' },
] as const;

export type StepKey = (typeof steps)[number]['key'];

export interface WizardState {
  step: StepKey;
  zone: string;
  type: string;
  imageId: string;
  /** The system disk in GB as typed ('' = the default for the image). */
  disk: string;
  name: string;
  count: string;
}

const fields = ['zone', 'type', 'imageId', 'disk', 'name', 'count'] as const;

/**
 * The wizard keeps every choice in the URL, so a reload, the back button or a shared link
 * lands on the same step with the same choices.
 */
export function useWizardState(): [WizardState, (change: Partial<WizardState>, options?: { push?: boolean }) => void] {
  const [params, setParams] = useSearchParams();
  const stepParam = params.get('step');
  const state: WizardState = {
    step: steps.find((s) => s.key === stepParam)?.key ?? 'location',
    zone: params.get('zone') ?? '',
    type: params.get('type') ?? '',
    imageId: params.get('imageId') ?? '',
    disk: params.get('disk') ?? '',
    name: params.get('name') ?? '',
    count: params.get('count') ?? '1',
  };
  const update = useCallback(
    (change: Partial<WizardState>, options?: { push?: boolean }) =>
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(change)) {
            if (key !== 'step' && !(fields as readonly string[]).includes(key)) continue;
            if (value === '' || (key === 'count' && value === '1')) out.delete(key);
            else out.set(key, String(value));
          }
          return out;
        },
        // Steps are history entries (Back in the browser goes to the previous step); typing is not.
        { replace: !options?.push },
      ),
    [setParams],
  );
  return [state, update];
}
