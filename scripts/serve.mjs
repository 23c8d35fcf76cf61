#!/usr/bin/env node
// Serves the production build (dist/) on 127.0.0.1 with the headers the console ships with:
// a strict CSP, long-lived caching for hashed assets, no-cache for the entry points, gzip, and
// an SPA fallback to index.html. Dependency-free (node built-ins only).
//
//   node scripts/serve.mjs            # PORT=4173 by default
//   PORT=5000 node scripts/serve.mjs
//   DIST_DIR=/path/to/build node scripts/serve.mjs
//
// The backend (README, "Use it with your Tencent Cloud account"): `embedded` (the default: the
// mock runs in the page) or `tencentcloud`, with CVM_BACKEND=tencentcloud or --backend=tencentcloud.
// Then this server is also a signing proxy for the page's /api/cvm/ calls: dist-proxy/cvm-proxy.js,
// the build of src/proxy (npm run build makes both). Its options: --read-only (CVM_READ_ONLY=1),
// --intl (CVM_INTL=1) or CVM_ENDPOINT=https://host, and the Tencent Cloud SDK's credentials.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT || 4173);
const ROOT = path.resolve(process.env.DIST_DIR || fileURLToPath(new URL('../dist', import.meta.url)));
const INDEX = path.join(ROOT, 'index.html');
const PROXY_BUNDLE = fileURLToPath(new URL('../dist-proxy/cvm-proxy.js', import.meta.url));

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(INDEX)) fail(`${path.relative(process.cwd(), INDEX) || INDEX} is missing: run npm run build first`);

/** `--backend=…` wins over CVM_BACKEND; the other arguments are the tencentcloud backend's options. */
function backendChoice(env, argv) {
  const flag = argv.findLast((a) => a.startsWith('--backend='));
  const backend = (flag ? flag.slice('--backend='.length) : env.CVM_BACKEND || 'embedded').trim();
  if (backend !== 'embedded' && backend !== 'tencentcloud')
    fail(`unknown backend "${backend}": use embedded (the default) or tencentcloud (--backend= or CVM_BACKEND=)`);
  const options = argv.filter((a) => !a.startsWith('--backend='));
  if (backend === 'embedded' && options.length > 0)
    fail(`unknown option ${options[0]} (--read-only and --intl go with --backend=tencentcloud)`);
  return { backend, options };
}

const { backend, options } = backendChoice(process.env, process.argv.slice(2));
/** The signing proxy (tencentcloud backend), or null for the embedded backend. */
let proxy = null;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};
const GZIP = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.svg']);

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** Compressed bodies, keyed by file path; invalidated when the file's mtime or size changes. */
const gzCache = new Map();

function cacheControl(urlPath, file) {
  const base = path.basename(file);
  if (base === 'index.html' || base === 'mockServiceWorker.js') return 'no-cache';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Maps a URL path to a file under ROOT; null when it escapes ROOT or names no file. */
function resolveFile(urlPath) {
  const file = path.join(ROOT, path.normalize(urlPath));
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) return null;
  try {
    const st = fs.statSync(file);
    if (st.isFile()) return { file, st };
    if (st.isDirectory()) {
      const idx = path.join(file, 'index.html');
      const ist = fs.statSync(idx, { throwIfNoEntry: false });
      if (ist?.isFile()) return { file: idx, st: ist };
    }
  } catch {
    // not found
  }
  return null;
}

function sendPlain(res, status, text, extra = {}) {
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Length': Buffer.byteLength(text),
    ...extra,
  });
  res.end(text);
}

/** The proxy's part of a request: its Host checked on every path, /api/cvm/ answered. True when done. */
function proxied(req, res) {
  let pathname;
  try {
    pathname = new URL(req.url, `http://${HOST}`).pathname;
  } catch {
    return false;
  }
  if (proxy.refuseForeignHost(req, res, pathname)) return true;
  if (!proxy.isApiPath(pathname)) return false;
  void proxy.handleApi(req, res);
  return true;
}

function handle(req, res) {
  if (proxy && proxied(req, res)) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendPlain(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }

  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, `http://${HOST}`).pathname);
  } catch {
    return sendPlain(res, 400, 'Bad Request\n');
  }
  if (urlPath.includes('\0')) return sendPlain(res, 400, 'Bad Request\n');

  let found = resolveFile(urlPath);
  if (!found) {
    // SPA fallback: client-side routes have no file extension; missing files with one are 404s.
    if (path.extname(urlPath) !== '') return sendPlain(res, 404, 'Not Found\n');
    const st = fs.statSync(INDEX, { throwIfNoEntry: false });
    if (!st) return sendPlain(res, 500, 'dist/index.html is missing: run npm run build first\n');
    found = { file: INDEX, st };
  }

  const { file, st } = found;
  const ext = path.extname(file).toLowerCase();
  const type = TYPES[ext] || 'application/octet-stream';
  const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
  const headers = {
    ...COMMON_HEADERS,
    'Content-Type': type,
    'Cache-Control': cacheControl(urlPath, file),
    'Last-Modified': st.mtime.toUTCString(),
    ETag: etag,
  };
  if (ext === '.html') headers['Content-Security-Policy'] = CSP;
  // The proxy's page carries this start's token: never stored, never revalidated into an old copy.
  const withToken = proxy !== null && ext === '.html';
  if (withToken) {
    headers['Cache-Control'] = 'no-store';
    delete headers['Last-Modified'];
    delete headers.ETag;
  }

  const compressible = GZIP.has(ext);
  if (compressible) headers.Vary = 'Accept-Encoding';

  if (!withToken && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }

  let body;
  try {
    body = fs.readFileSync(file);
  } catch {
    return sendPlain(res, 404, 'Not Found\n');
  }
  if (withToken) body = Buffer.from(proxy.pageHtml(body.toString('utf8')));

  if (compressible && /\bgzip\b/i.test(String(req.headers['accept-encoding'] || ''))) {
    const key = `${st.size}:${st.mtimeMs}`;
    let cached = gzCache.get(file);
    if (!cached || cached.key !== key) {
      cached = { key, gz: zlib.gzipSync(body, { level: 9 }) };
      gzCache.set(file, cached);
    }
    body = cached.gz;
    headers['Content-Encoding'] = 'gzip';
  }

  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = http.createServer((req, res) => {
  try {
    handle(req, res);
  } catch (err) {
    console.error('serve:', err);
    if (!res.headersSent) sendPlain(res, 500, 'Internal Server Error\n');
    else res.destroy();
  }
});

server.on('error', (err) => {
  if (err.code === 'EADDRINUSE') {
    console.error(`serve: port ${PORT} on ${HOST} is already in use (set PORT to use another one)`);
  } else {
    console.error('serve:', err.message);
  }
  process.exit(1);
});

if (backend === 'tencentcloud') {
  if (!fs.existsSync(PROXY_BUNDLE))
    fail(`${path.relative(process.cwd(), PROXY_BUNDLE)} is missing: run npm run build first`);
  const { startCvmProxy, CredentialsMissing, OptionError } = await import(pathToFileURL(PROXY_BUNDLE).href);
  try {
    proxy = await startCvmProxy({
      env: process.env,
      args: options,
      port: () => server.address().port,
      log: (line) => console.log(line),
    });
  } catch (e) {
    if (e instanceof CredentialsMissing || e instanceof OptionError) fail(e.message);
    fail(`the tencentcloud backend did not start: ${e instanceof Error ? e.message : String(e)}`);
  }
}

server.listen(PORT, HOST, () => {
  const lines = [`Console ready at http://${HOST}:${server.address().port}/`, ...(proxy?.describe ?? [])];
  console.log(lines.join('\n'));
});

let closing = false;
function shutdown(signal) {
  if (closing) return;
  closing = true;
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // Do not hang on a stuck socket.
  setTimeout(() => process.exit(0), 2000).unref();
  if (process.env.SERVE_VERBOSE) console.log(`serve: ${signal}, shutting down`);
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
