import { createBrowserRouter, Navigate } from 'react-router-dom';
import { ImagesPage } from '../features/images/ImagesPage.tsx';
import { Layout } from './Layout.tsx';
import { NotFound, RouteError } from './RouteError.tsx';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      // Shown while a lazily loaded page's code arrives on a direct visit.
      hydrateFallbackElement: <p className="boot">Loading the console…</p>,
      children: [
        { index: true, element: <Navigate to="/images" replace /> },
        { path: 'images', element: <ImagesPage /> },
        {
          path: 'images/:imageId',
          lazy: async () => ({ Component: (await import('../features/images/ImageDetailsPage.tsx')).ImageDetailsPage }),
        },
        {
          path: 'instances/create',
          lazy: async () => ({
            Component: (await import('../features/instances/CreateInstancePage.tsx')).CreateInstancePage,
          }),
        },
        {
          path: 'instances',
          lazy: async () => ({ Component: (await import('../features/instances/InstancesPage.tsx')).InstancesPage }),
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
