// Build the standalone server's bundle once, before the test files that start it run in parallel.
import { buildServerBundle } from './built-server.ts';

export default async function setup(): Promise<void> {
  await buildServerBundle();
}
