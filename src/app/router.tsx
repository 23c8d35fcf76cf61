import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Switch } from '../features/router.tsx';
import { ImagesPage } from '../features/images/ImagesPage.tsx';
import { routes } from '../features/paths.ts';
import { MessagesOf } from '../ui/i18n/I18n.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './RouteError.tsx';

// Declarative routes on wouter (src/features/router.tsx): the console loads no data through the
// router; react-router's code (14 kB gzip of the first page) cost the first paint time it did not use.
const ImageDetailsPage = lazy(() =>
  import('../features/images/ImageDetailsPage.tsx').then((m) => ({ default: m.ImageDetailsPage })),
);
const CreateInstancePage = lazy(() =>
  import('../features/instances/CreateInstancePage.tsx').then((m) => ({ default: m.CreateInstancePage })),
);
const InstancesPage = lazy(() =>
  import('../features/instances/InstancesPage.tsx').then((m) => ({ default: m.InstancesPage })),
);

export function AppRoutes() {
  return (
    <Layout>
      <Switch>
        <Route path="/">
          <Navigate to={routes.images} replace />
        </Route>
        <Route path={routes.images}>
          <ImagesPage />
        </Route>
        {/* The pages loaded on demand say the `pages` part of the catalogue, loaded with them. */}
        <Route path={routes.image}>
          <PagesMessages>
            <ImageDetailsPage />
          </PagesMessages>
        </Route>
        <Route path={routes.createInstance}>
          <PagesMessages>
            <CreateInstancePage />
          </PagesMessages>
        </Route>
        <Route path={routes.instances}>
          <PagesMessages>
            <InstancesPage />
          </PagesMessages>
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Layout>
  );
}

function PagesMessages({ children }: { children: ReactNode }) {
  return <MessagesOf part="pages">{children}</MessagesOf>;
}
