import { lazy } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router-dom';
import { ImagesPage } from '../features/images/ImagesPage.tsx';
import { routes } from '../features/paths.ts';
import { MessagesOf } from '../ui/i18n/I18n.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './RouteError.tsx';

// Declarative routes (BrowserRouter + Routes): the console loads no data through the router, and
// the data router's code (about 50 kB) and its setup cost the first paint time it does not use.
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
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to={routes.images} replace />} />
        <Route path={routes.images} element={<ImagesPage />} />
        {/* The pages loaded on demand say the `pages` part of the catalogue, loaded with them. */}
        <Route element={<PagesMessages />}>
          <Route path={routes.image} element={<ImageDetailsPage />} />
          <Route path={routes.createInstance} element={<CreateInstancePage />} />
          <Route path={routes.instances} element={<InstancesPage />} />
        </Route>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function PagesMessages() {
  return (
    <MessagesOf part="pages">
      <Outlet />
    </MessagesOf>
  );
}
