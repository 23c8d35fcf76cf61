import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { Link, Route, Switch, useLocation } from '../features/router.tsx';
import { describe, expect, it, vi } from 'vitest';
import { withI18n } from '../test/render.tsx';
import { RouteErrorBoundary } from './RouteError.tsx';

function Broken(): never {
  throw new Error('The wizard could not read its state.');
}

/** Layout's arrangement: a header, and the page inside the boundary keyed by its path. */
function Page() {
  const { pathname } = useLocation();
  return (
    <>
      <nav>
        <Link to="/fine">Fine page</Link>
      </nav>
      <RouteErrorBoundary key={pathname}>
        <Switch>
          <Route path="/broken">
            <Broken />
          </Route>
          <Route path="/fine">
            <h1>Fine</h1>
          </Route>
          <Route path="/images">
            <h1>Images</h1>
          </Route>
        </Switch>
      </RouteErrorBoundary>
    </>
  );
}

describe('RouteErrorBoundary', () => {
  it('a page that fails to render says so, with the reason and a way back, and the header stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    render(
      withI18n(
        <Router hook={memoryLocation({ path: '/broken' }).hook}>
          <Page />
        </Router>,
      ),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This page failed to load');
    expect(alert).toHaveTextContent('The wizard could not read its state.');
    expect(screen.getByRole('link', { name: 'Fine page' })).toBeVisible();

    await userEvent.click(screen.getByRole('link', { name: 'Go to Images' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Images' })).toBeVisible();
  });
});
