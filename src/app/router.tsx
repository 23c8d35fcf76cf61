import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ImagesPage } from '../features/images/ImagesPage.tsx';
import { routes } from '../features/paths.ts';
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
        <Route path={routes.image} element={<ImageDetailsPage />} />
        <Route path={routes.createInstance} element={<CreateInstancePage />} />
        <Route path={routes.instances} element={<InstancesPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
