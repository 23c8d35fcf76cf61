import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from '../router.tsx';
import type { WizardChoices } from '../../rules/wizard.ts';

/** The wizard's steps, each named by its message. */
export const steps = [
  { key: 'location', label: 'wizard.location' },
  { key: 'type', label: 'wizard.instanceType' },
  { key: 'image', label: 'wizard.image' },
  { key: 'settings', label: 'wizard.settings' },
  { key: 'review', label: 'wizard.review' },
] as const;

export type StepKey = (typeof steps)[number]['key'];

/** The wizard's choices (numbers as typed, so a field can be emptied while editing) and its step. */
export interface WizardState extends WizardChoices {
  step: StepKey;
}

function parse(search: string): WizardState {
  const params = new URLSearchParams(search);
  const stepParam = params.get('step');
  return {
    step: steps.find((s) => s.key === stepParam)?.key ?? 'location',
    zone: params.get('zone') ?? '',
    type: params.get('type') ?? '',
    imageId: params.get('imageId') ?? '',
    disk: params.get('disk'),
    name: params.get('name') ?? '',
    count: params.get('count') ?? '1',
  };
}

function serialize(state: WizardState, prev: string): string {
  const out = new URLSearchParams(prev);
  const set = (key: string, value: string | null, omit: string | null = '') => {
    if (value === null || value === omit) out.delete(key);
    else out.set(key, value);
  };
  set('step', state.step, 'location');
  set('zone', state.zone);
  set('type', state.type);
  set('imageId', state.imageId);
  set('disk', state.disk, null);
  set('name', state.name);
  set('count', state.count, '1');
  const query = out.toString();
  return query ? `?${query}` : '';
}

/**
 * The wizard's choices live in this component's state, which is written to the URL after every
 * change, so a reload, the back button or a shared link lands on the same step with the same
 * choices. The state, not the URL, is what the fields read: fast typing never loses a key.
 */
export function useWizardState(): [WizardState, (change: Partial<WizardState>, options?: { push?: boolean }) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useState(() => parse(location.search));
  // The URL seen last, and the URLs this wizard wrote that the router has not shown yet (it
  // updates the location asynchronously, so a fast typist is several keystrokes ahead of it).
  const [own, setOwn] = useState<{ seen: string; pending: string[] }>({ seen: location.search, pending: [] });
  if (location.search !== own.seen) {
    const mine = own.pending.indexOf(location.search);
    if (mine >= 0) setOwn({ seen: location.search, pending: own.pending.slice(mine + 1) });
    else {
      // Back, forward or a link changed the URL: the URL wins.
      setOwn({ seen: location.search, pending: [] });
      setState(parse(location.search));
    }
  }
  // What the next change builds on: this render's state and URL (other parameters, such as
  // the region, belong to the rest of the console and are kept).
  const latest = useRef({ state, search: location.search });
  useLayoutEffect(() => {
    latest.current = { state, search: location.search };
  });
  const update = useCallback(
    (change: Partial<WizardState>, options?: { push?: boolean }) => {
      const next = { ...latest.current.state, ...change };
      const search = serialize(next, latest.current.search);
      latest.current = { state: next, search };
      setState(next);
      setOwn((o) => ({ ...o, pending: [...o.pending, search] }));
      // Steps are history entries (Back in the browser goes to the previous step); typing is not.
      navigate({ search }, { replace: !options?.push });
    },
    [navigate],
  );
  return [state, update];
}
