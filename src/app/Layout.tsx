import { Suspense, use, type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { NavLink, useLocation } from '../features/router.tsx';
import { storageNotices, subscribeStorageNotices } from '../api/stored.ts';
import { AccountSelect } from '../features/account/AccountSelect.tsx';
import { GoToId } from '../features/images/GoToId.tsx';
import { OperationsPanel } from '../features/operations/OperationsPanel.tsx';
import { createInstancePath, imagesPath, instancesPath } from '../features/paths.ts';
import { RegionSelect } from '../features/regions/RegionSelect.tsx';
import { useRegion } from '../features/regions/use-region.ts';
import { useT } from '../ui/i18n/I18n.tsx';
import { ToastRegion } from '../ui/Toast.tsx';
import { useDemoBackendPromise } from './demo-backend.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { RouteErrorBoundary } from './RouteError.tsx';
import { SettingsMenu } from './SettingsMenu.tsx';
import { useInternalLinks } from '../features/internal-links.ts';
import { servedBackend } from './served-backend.ts';

/** Only a page of the local proxy (tencentcloud backend) loads this. */
const proxyBackend = servedBackend ? import('./proxy-backend.ts') : null;

/** The console's frame: header, banners, and the page (`children`, the matched route) in `main`. */
export function Layout({ children }: { children: ReactNode }) {
  const [region] = useRegion();
  const { pathname } = useLocation();
  const t = useT();
  useInternalLinks();
  // Phones: the header's controls fold behind "Menu", opened on one page: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const controlsOpen = openOn === pathname;
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!controlsOpen) return;
    // Escape folds them again, from anywhere in them but a menu or a dialog (each closes itself).
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as Element;
      if (event.key !== 'Escape' || event.defaultPrevented || target.closest('dialog')) return;
      if (!target.closest('#header-controls')) return;
      setOpenOn(null);
      toggleRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [controlsOpen]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="brand" href={imagesPath({ region })}>
          {t('app.name')}
        </a>
        <button
          ref={toggleRef}
          type="button"
          className="secondary header-toggle"
          aria-expanded={controlsOpen}
          aria-controls="header-controls"
          onClick={() => setOpenOn(controlsOpen ? null : pathname)}
        >
          {t('header.menu')}
        </button>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to={imagesPath({ region })}>{t('nav.images')}</NavLink>
            </li>
            <li>
              <NavLink to={instancesPath(region)} end>
                {t('nav.instances')}
              </NavLink>
            </li>
            <li>
              <NavLink to={createInstancePath(region)}>{t('nav.createInstance')}</NavLink>
            </li>
          </ul>
        </nav>
        <div id="header-controls" className={controlsOpen ? 'header-controls open' : 'header-controls'}>
          <GoToId />
          <LanguageSelect />
          <RegionSelect />
          {proxyBackend ? (
            <Suspense fallback={null}>
              <ProxyIdentity proxy={proxyBackend} />
            </Suspense>
          ) : (
            <AccountSelect />
          )}
          <OperationsPanel />
          <SettingsMenu />
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
        <ToastRegion />
        <RouteErrorBoundary key={pathname}>
          {/* Shown while a lazily loaded page's code arrives. */}
          <Suspense fallback={<p className="boot">{t('app.loadingPage')}</p>}>{children}</Suspense>
        </RouteErrorBoundary>
      </main>
    </>
  );
}

function BackendBanners() {
  const backend = use(useDemoBackendPromise());
  const t = useT();
  const stored = useSyncExternalStore(subscribeStorageNotices, storageNotices);
  return (
    <>
      {backend?.startError && (
        <div role="alert" className="banner banner-error">
          {t('backend.startError', { detail: backend.startError })}
        </div>
      )}
      {[...(backend?.notice ? [backend.notice] : []), ...stored].map((notice, i) => (
        <div key={i} role="status" className="banner banner-warning">
          {t.rule(notice)}
        </div>
      ))}
    </>
  );
}

type ProxyBackendModule = Promise<typeof import('./proxy-backend.ts')>;

function ProxyIdentity({ proxy }: { proxy: ProxyBackendModule }) {
  const { identity } = use(proxy);
  const t = useT();
  return (
    <div role="group" aria-label={t('proxy.backend')} className="field-inline">
      {identity && t('proxy.identity', identity)}
    </div>
  );
}

function ProxyAlerts({ proxy }: { proxy: ProxyBackendModule }) {
  const { subscribeRefusal, refusal, refusedByProxy } = use(proxy);
  const error = useSyncExternalStore(subscribeRefusal, refusal);
  const t = useT();
  return (
    error && (
      <div role="alert" className="banner banner-error">
        {refusedByProxy(error)
          ? t('proxy.refused', { message: error.message })
          : t('proxy.credentialsRefused', { code: error.code, message: error.message })}
      </div>
    )
  );
}
