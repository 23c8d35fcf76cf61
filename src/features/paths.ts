// Every address of the console: the router's patterns and the links to them. A page, a link or a
// test that needs a route asks here, so a route changes in one place.

/** The router's patterns (src/app/router.tsx). */
export const routes = {
  images: '/images',
  image: '/images/:imageId',
  instances: '/instances',
  createInstance: '/instances/create',
} as const;

/** `path?query`, with the parameters in the order given and those without a value left out. */
function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** The images page of a region, at one of its tabs (the page's own view lives in src/features/images/image-view.ts). */
export function imagesPath({ region, tab }: { region: string; tab?: string }): string {
  return withQuery(routes.images, { region, tab });
}

/** The details page of an image, in its region. */
export function imagePath(imageId: string, region: string): string {
  return withQuery(`${routes.images}/${encodeURIComponent(imageId)}`, { region });
}

export function instancesPath(region: string): string {
  return withQuery(routes.instances, { region });
}

/** One instance: its row in the instances page of its region (the row's id is the instance ID). */
export function instancePath(instanceId: string, region: string): string {
  return `${instancesPath(region)}#${encodeURIComponent(instanceId)}`;
}

/** The instance-creation wizard, with choices made already (src/features/instances/wizard-state.ts reads them). */
export function createInstancePath(region: string, choices: { imageId?: string; step?: string } = {}): string {
  return withQuery(routes.createInstance, { region, ...choices });
}

/** "Launch instance" from an image: the wizard at its image step, with the image chosen. */
export function launchPath(region: string, imageId: string): string {
  return createInstancePath(region, { imageId, step: 'image' });
}
