import { useQueryClient } from '@tanstack/react-query';
import { Suspense, use, useSyncExternalStore } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { storageNotices, subscribeStorageNotices } from '../api/stored.ts';
import { AccountSelect } from '../features/account/AccountSelect.tsx';
import { OperationsPanel } from '../features/operations/OperationsPanel.tsx';
import { createInstancePath, imagesPath, instancesPath } from '../features/paths.ts';
import { RegionSelect } from '../features/regions/RegionSelect.tsx';
import { useRegion } from '../features/regions/use-region.ts';
import { renderMessage } from '../rules/messages/render.ts';
import { useToast } from '../ui/Toast.tsx';
import { useDemoBackendPromise } from './demo-backend.ts';
import { RouteErrorBoundary } from './RouteError.tsx';
import { servedBackend } from './served-backend.ts';

/** Only a page of the local proxy (tencentcloud backend) loads this. */
const proxyBackend = servedBackend ? import('./proxy-backend.ts') : null;

export function Layout() {
  const [region] = useRegion();
  const { pathname } = useLocation();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={imagesPath({ region })}>
          CVM Image Console
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={imagesPath({ region })}>Images</NavLink>
            </li>
            <li>
              <NavLink to={instancesPath(region)} end>
                Instances
              </NavLink>
            </li>
            <li>
              <NavLink to={createInstancePath(region)}>Create instance</NavLink>
            </li>
          </ul>
        </nav>
        <div className="header-controls">
          <RegionSelect />
          {proxyBackend ? (
            <Suspense fallback={null}>
              <ProxyIdentity proxy={proxyBackend} />
            </Suspense>
          ) : (
            <AccountSelect />
          )}
          <OperationsPanel />
          <Suspense fallback={null}>
            <ResetButton />
          </Suspense>
        </div>
      </header>
      <Suspense fallback={null}>
        <BackendBanners />
      </Suspense>
      {proxyBackend && (
        <Suspense fallback={null}>
          <ProxyAlerts proxy={proxyBackend} />
        </Suspense>
      )}
      <main id="main" tabIndex={-1}>
        <RouteErrorBoundary key={pathname}>
          {/* Shown while a lazily loaded page's code arrives. */}
          <Suspense fallback={<p className="boot">Loading the page…</p>}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
    </>
  );
}

function ResetButton() {
  const backend = use(useDemoBackendPromise());
  const queryClient = useQueryClient();
  const toast = useToast();
  if (!backend || backend.startError) return null;
  return (
    <button
      type="button"
      className="secondary"
      onClick={() => {
        backend.reset();
        // Every query back to nothing, and the ones on screen asked again (clear() then
        // refetchQueries() left them showing what was there before: nothing was left to refetch).
        void queryClient.resetQueries();
        toast.show('Demo data was reset to the original seed.');
      }}
    >
      Reset demo data
    </button>
  );
}

function BackendBanners() {
  const backend = use(useDemoBackendPromise());
  const stored = useSyncExternalStore(subscribeStorageNotices, storageNotices);
  return (
    <>
      {backend?.startError && (
        <div role="alert" className="banner banner-error">
          {backend.startError}
        </div>
      )}
      {[...(backend?.notice ? [backend.notice] : []), ...stored].map((notice, i) => (
        <div key={i} role="status" className="banner banner-warning">
          {renderMessage(notice)}
        </div>
      ))}
    </>
  );
}

type ProxyBackendModule = Promise<typeof import('./proxy-backend.ts')>;

function ProxyIdentity({ proxy }: { proxy: ProxyBackendModule }) {
  const { identityText } = use(proxy);
  return (
    <div role="group" aria-label="Backend" className="field-inline">
      {identityText}
    </div>
  );
}

function ProxyAlerts({ proxy }: { proxy: ProxyBackendModule }) {
  const { subscribeRefusal, refusalText } = use(proxy);
  const text = useSyncExternalStore(subscribeRefusal, refusalText);
  return (
    text && (
      <div role="alert" className="banner banner-error">
        {text}
      </div>
    )
  );
}
