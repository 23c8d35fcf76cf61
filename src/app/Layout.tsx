import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { AccountSelect } from '../features/account/AccountSelect.tsx';
import { OperationsPanel } from '../features/operations/OperationsPanel.tsx';
import { RegionSelect } from '../features/regions/RegionSelect.tsx';
import { useRegion } from '../features/regions/use-region.ts';
import { useDemoBackend } from './demo-backend.ts';

export function Layout() {
  const [region] = useRegion();
  const backend = useDemoBackend();
  const queryClient = useQueryClient();
  const location = useLocation();
  const [resetDone, setResetDone] = useState(false);
  const withRegion = (path: string) => `${path}?region=${region}`;

  const reset = () => {
    if (!backend) return;
    backend.reset();
    queryClient.clear();
    void queryClient.refetchQueries();
    setResetDone(true);
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={withRegion('/images')}>
          CVM Image Console
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={withRegion('/images')}>Images</NavLink>
            </li>
            <li>
              <NavLink to={withRegion('/instances')} end>
                Instances
              </NavLink>
            </li>
            <li>
              <NavLink to={withRegion('/instances/create')}>Create instance</NavLink>
            </li>
          </ul>
        </nav>
        <div className="header-controls">
          <RegionSelect />
          <AccountSelect />
          <OperationsPanel />
          {backend && (
            <button type="button" className="secondary" onClick={reset}>
              Reset demo data
            </button>
          )}
        </div>
      </header>
      {backend?.startError && (
        <div role="alert" className="banner banner-error">
          {backend.startError}
        </div>
      )}
      {backend?.notice && (
        <div role="status" className="banner banner-warning">
          {backend.notice}
        </div>
      )}
      {resetDone && (
        <div role="status" className="banner banner-info" key={location.key}>
          Demo data was reset to the original seed.
        </div>
      )}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
