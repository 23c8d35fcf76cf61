// Build the standalone server's bundle once, before the test files that start it run in parallel.
import { build } from '../../src/test/proxy-process.ts';

export default async function setup(): Promise<void> {
  await build('vite.server.config.ts');
}
