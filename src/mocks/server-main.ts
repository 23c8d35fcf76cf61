// `npm run mock-api`: the mock CVM API on 127.0.0.1 for SDKs, scripts and the API tests.
// Env: MOCK_API_PORT (default 8787, 0 = any free port), MOCK_API_HOST (default 127.0.0.1),
// MOCK_API_DURATION_SCALE (default 1; multiplies the long-operation durations), MOCK_API_LOG=1 (log requests),
// MOCK_API_DATA (a file that keeps the data across restarts; by default it is kept in memory only),
// MOCK_API_STRICT=1 (the documented CVM contract only, without the console's extensions).
import { resolve } from 'node:path';
import { createBackend, scaledDurations } from './backend.ts';
import { filePersistence, type FilePersistence } from './file-persistence.ts';
import { createMockApiServer } from './server.ts';
import { demoCredentials } from './tc3.ts';

function fail(message: string): never {
  console.error(`mock-api: ${message}`);
  process.exit(1);
}

function envNumber(name: string, fallback: number, valid: (n: number) => boolean, expected: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !valid(n)) fail(`${name}=${raw} is not ${expected}.`);
  return n;
}

async function main(): Promise<void> {
  const port = envNumber('MOCK_API_PORT', 8787, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port (0-65535)');
  const host = process.env.MOCK_API_HOST?.trim() || '127.0.0.1';
  const scale = envNumber('MOCK_API_DURATION_SCALE', 1, (n) => n >= 0, 'a number >= 0');
  const strict = envNumber('MOCK_API_STRICT', 0, (n) => n === 0 || n === 1, '0 or 1') === 1;

  const dataFile = process.env.MOCK_API_DATA?.trim() ? resolve(process.env.MOCK_API_DATA.trim()) : undefined;
  let persistence: FilePersistence | undefined;
  try {
    if (dataFile) persistence = filePersistence(dataFile, (message) => console.error(`mock-api: ${message}`));
  } catch (e) {
    fail(`cannot use MOCK_API_DATA=${dataFile}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const backend = createBackend({
    durations: scaledDurations(scale),
    persistence,
    contract: strict ? 'strict' : 'extended',
  });
  // A new file is written at once, so that a path that cannot be written stops the server now.
  if (persistence && persistence.load() === undefined) {
    try {
      persistence.save(backend.data());
    } catch (e) {
      fail(`cannot write MOCK_API_DATA=${dataFile}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const server = createMockApiServer({ backend, port, host });
  let url: string;
  try {
    ({ url } = await server.listen());
  } catch (e) {
    fail(`cannot listen on ${host}:${port}: ${e instanceof Error ? e.message : String(e)}`);
  }

  const lines = [
    `Mock CVM API listening on ${url} (also /api/cvm/)`,
    'API 3.0 (CVM 2017-03-12), TC3-HMAC-SHA256 signatures. Demo credentials:',
    ...demoCredentials().map((c) => `  ${c.accountId} (${c.name}): SecretId ${c.secretId}  SecretKey ${c.secretKey}`),
  ];
  if (strict) lines.push('Strict: the documented CVM contract only, none of the extensions (README).');
  if (scale !== 1) lines.push(`Long operations take ${scale} x their default durations.`);
  lines.push(
    dataFile
      ? `Data is kept in ${dataFile}, written before each change is answered.`
      : 'Data is kept in memory and lost when the server stops (MOCK_API_DATA=<file> keeps it).',
  );
  // One write, so that whoever waits for the first line also has the credentials.
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}, shutting down.`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
