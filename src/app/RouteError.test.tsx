import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
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
        <Routes>
          <Route path="/broken" element={<Broken />} />
          <Route path="/fine" element={<h1>Fine</h1>} />
          <Route path="/images" element={<h1>Images</h1>} />
        </Routes>
      </RouteErrorBoundary>
    </>
  );
}

describe('RouteErrorBoundary', () => {
  it('a page that fails to render says so, with the reason and a way back, and the header stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    render(
      withI18n(
        <MemoryRouter initialEntries={['/broken']}>
          <Page />
        </MemoryRouter>,
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
