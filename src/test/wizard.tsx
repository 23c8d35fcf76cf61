// Test helper: the instance-creation wizard at its route, with choices already in its URL.
import { CreateInstancePage } from '../features/instances/CreateInstancePage.tsx';
import { routes } from '../features/paths.ts';
import { renderAt } from './render.tsx';

/** The wizard in Guangzhou (or `choices.region`) with these choices, as a link or a reload lands on it. */
export function renderWizard(choices: Record<string, string> = {}) {
  const search = new URLSearchParams({ region: 'ap-guangzhou', ...choices });
  return renderAt(<CreateInstancePage />, {
    url: `${routes.createInstance}?${search.toString()}`,
    path: routes.createInstance,
  });
}
