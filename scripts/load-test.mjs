#!/usr/bin/env node
// npm run load-test: a bounded load test of the standalone mock API server (npm run mock-api) on
// 127.0.0.1. It builds the server, starts it on a free loopback port with instant long operations,
// and runs concurrent clients (the 3 demo accounts, TC3-signed) that list, create, share, cancel
// sharing, delete and copy images for a bounded time and a bounded number of requests. Every answer
// is classified: success, expected refusal (a documented business code such as
// ImageQuotaLimitExceeded or InvalidImageId.InShared), or unexpected (InternalError, any other code,
// a malformed envelope, an HTTP error, a network error, a timeout). Afterwards the store's invariants
// are checked through the API: at most 10 custom images per account and region, names unique per
// account and region, at most 50 recipients per image, no share pointing at a missing image, every
// shared image a recipient sees listed in its owner's permissions, and nothing created lost.
// Exit code 1 on any unexpected answer or broken invariant. The server is always stopped.
//
// Env: LOAD_CLIENTS (default 16), LOAD_SECONDS (default 20), LOAD_MAX_REQUESTS (default 200000),
// LOAD_SEED (default 1; makes the clients' choices reproducible), LOAD_TIMEOUT_MS (per request,
// default 10000).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENTS = positiveInt('LOAD_CLIENTS', 16);
const SECONDS = positiveNumber('LOAD_SECONDS', 20);
const MAX_REQUESTS = positiveInt('LOAD_MAX_REQUESTS', 200_000);
const SEED = positiveInt('LOAD_SEED', 1);
const TIMEOUT_MS = positiveInt('LOAD_TIMEOUT_MS', 10_000);
/** Past this, the script gives up whatever it is doing (it must stop by itself). */
const HARD_LIMIT_MS = (SECONDS + 180) * 1000;

const QUOTA = 10;
const SHARE_MAX = 50;
const API_VERSION = '2017-03-12';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const A1 = '100000000001';
const A2 = '100000000002';
const A3 = '100000000003';
const ACCOUNTS = [A1, A2, A3];

// The 18 regions and where an image may be copied (src/rules/regions.ts, src/rules/copy.ts):
// within the Chinese mainland, within the finance regions, or within the regions outside the mainland.
const MAINLAND = ['ap-guangzhou', 'ap-shanghai', 'ap-nanjing', 'ap-beijing', 'ap-chengdu', 'ap-chongqing'];
const FINANCE = ['ap-shenzhen-fsi', 'ap-shanghai-fsi'];
const ABROAD = [
  'ap-hongkong',
  'ap-singapore',
  'ap-jakarta',
  'ap-bangkok',
  'ap-seoul',
  'ap-tokyo',
  'na-siliconvalley',
  'na-ashburn',
  'sa-saopaulo',
  'eu-frankfurt',
];
const REGIONS = [...MAINLAND, ...FINANCE, ...ABROAD];
const groupOf = (region) => [MAINLAND, FINANCE, ABROAD].find((g) => g.includes(region));
/** Where each demo account has instances or seeded images: most traffic goes there. */
const HOME = {
  [A1]: ['ap-guangzhou', 'ap-shanghai', 'ap-singapore', 'ap-hongkong'],
  [A2]: ['ap-guangzhou', 'ap-shanghai'],
  [A3]: ['ap-guangzhou', 'ap-singapore'],
};

/** Refusals the API documents for what the clients do: business outcomes of racing clients, not faults. */
const EXPECTED = {
  DescribeImages: [],
  CreateImage: ['ImageQuotaLimitExceeded', 'InvalidImageName.Duplicate'],
  'ModifyImageSharePermission SHARE': [
    'FailedOperation.AccountAlreadyExists',
    'OverQuota',
    'InvalidImageId.NotFound',
    'InvalidParameterValue.InvalidImageState',
  ],
  'ModifyImageSharePermission CANCEL': ['InvalidAccountId.NotFound', 'InvalidImageId.NotFound'],
  DeleteImages: ['InvalidImageId.InShared', 'InvalidImageId.NotFound', 'InvalidImageId.IncorrectState'],
  SyncImages: [
    'ImageQuotaLimitExceeded',
    'InvalidImageName.Duplicate',
    'InvalidImageId.NotFound',
    'InvalidImageId.IncorrectState',
  ],
};
const MIX = [
  ['DescribeImages', 30],
  ['CreateImage', 20],
  ['ModifyImageSharePermission SHARE', 15],
  ['ModifyImageSharePermission CANCEL', 10],
  ['DeleteImages', 12],
  ['SyncImages', 13],
];

function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}=${raw} is not a positive integer`);
  return n;
}

function positiveNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}=${raw} is not a positive number`);
  return n;
}

/** mulberry32: the clients' choices are reproducible for a LOAD_SEED. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const log = (msg) => process.stdout.write(`[load-test] ${msg}\n`);

// ---------------------------------------------------------------- TC3-HMAC-SHA256 (API 3.0 signature v3)

const sha256Hex = (s) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key, s) => createHmac('sha256', key).update(s, 'utf8').digest();

/** The headers of a signed POST, exactly as the official SDKs sign it (content-type;host). */
function signedHeaders({ secretId, secretKey, action, region, body, host }) {
  const timestamp = Math.floor(Date.now() / 1000);
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const service = 'cvm';
  const contentType = 'application/json';
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${contentType}\nhost:${host}\n`,
    'content-type;host',
    sha256Hex(body),
  ].join('\n');
  const scope = `${date}/${service}/tc3_request`;
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${scope}\n${sha256Hex(canonical)}`;
  const kSigning = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
  const signature = createHmac('sha256', kSigning).update(toSign, 'utf8').digest('hex');
  return {
    Authorization: `TC3-HMAC-SHA256 Credential=${secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`,
    'Content-Type': contentType,
    Host: host,
    'X-TC-Action': action,
    'X-TC-Version': API_VERSION,
    'X-TC-Timestamp': String(timestamp),
    'X-TC-Region': region,
    'Content-Length': String(Buffer.byteLength(body)),
  };
}

// ---------------------------------------------------------------- the server

let serverProcess = null;
let buildDir = null;

function build() {
  buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvm-load-test-'));
  log(`building the mock API server into ${buildDir}`);
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const res = spawnSync(
    npx,
    ['vite', 'build', '--config', 'vite.server.config.ts', '--logLevel', 'warn', '--outDir', buildDir],
    { cwd: ROOT, stdio: 'inherit', timeout: 120_000 },
  );
  if (res.status !== 0) throw new Error(`building the server failed (exit ${res.status ?? res.signal ?? res.error})`);
  const entry = path.join(buildDir, 'server-main.js');
  if (!fs.existsSync(entry)) throw new Error(`the build did not produce ${entry}`);
  return entry;
}

/** Start the server on a free port of 127.0.0.1; resolves with its port and the demo credentials it prints. */
function start(entry) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      cwd: ROOT,
      env: {
        ...process.env,
        MOCK_API_PORT: '0',
        MOCK_API_HOST: '127.0.0.1',
        MOCK_API_DURATION_SCALE: '0',
        MOCK_API_LOG: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    serverProcess = child;
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start within 30 s:\n${out}`)), 30_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => process.stderr.write(`[server] ${chunk}`));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (serverProcess === child) serverProcess = null;
      reject(new Error(`the server exited (code ${code}, signal ${signal}) before it was ready:\n${out}`));
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /^Mock CVM API listening on http:\/\/([^/\s]+):(\d+)\//m.exec(out);
      const credentials = [...out.matchAll(/(\d{12}) \(.*?\): SecretId (\S+)\s+SecretKey (\S+)/g)];
      if (!url || credentials.length < ACCOUNTS.length) return;
      clearTimeout(timer);
      if (url[1] !== '127.0.0.1') return reject(new Error(`the server listens on ${url[1]}, not on loopback`));
      const keys = Object.fromEntries(
        credentials.map(([, account, secretId, secretKey]) => [account, { secretId, secretKey }]),
      );
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({ port: Number(url[2]), keys });
    });
  });
}

async function stopServer() {
  const child = serverProcess;
  serverProcess = null;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  if (buildDir) {
    fs.rmSync(buildDir, { recursive: true, force: true });
    buildDir = null;
  }
}

// ---------------------------------------------------------------- the API, over HTTP

let port = 0;
let keys = {};
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS + 4 });

/**
 * One signed call. Resolves (never rejects) with { res } for a well-formed envelope or
 * { fault } describing what was wrong with the exchange.
 */
function api(account, action, region, params) {
  const body = JSON.stringify(params);
  const host = `127.0.0.1:${port}`;
  const headers = signedHeaders({ ...keys[account], action, region, body, host });
  return new Promise((resolve) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/', method: 'POST', headers, agent, timeout: TIMEOUT_MS },
      (response) => {
        const chunks = [];
        response.on('data', (c) => chunks.push(c));
        response.on('error', (e) => resolve({ fault: `response error: ${e.message}` }));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200)
            return resolve({ fault: `HTTP ${response.statusCode}: ${text.slice(0, 200)}` });
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            return resolve({ fault: `not JSON: ${text.slice(0, 200)}` });
          }
          const res = json?.Response;
          if (!res || typeof res !== 'object' || Object.keys(json).length !== 1)
            return resolve({ fault: `no Response envelope: ${text.slice(0, 200)}` });
          if (typeof res.RequestId !== 'string' || !UUID.test(res.RequestId))
            return resolve({ fault: `no RequestId: ${text.slice(0, 200)}` });
          if (
            res.Error !== undefined &&
            (typeof res.Error?.Code !== 'string' || typeof res.Error?.Message !== 'string')
          )
            return resolve({ fault: `malformed Error: ${text.slice(0, 200)}` });
          resolve({ res });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${TIMEOUT_MS} ms`)));
    req.on('error', (e) =>
      resolve({ fault: e.message.startsWith('timeout') ? e.message : `network error: ${e.message}` }),
    );
    req.end(body);
  });
}

/** A call the checks need to succeed. */
async function must(account, action, region, params) {
  const { res, fault } = await api(account, action, region, params);
  if (fault) throw new Error(`${action} as ${account} in ${region}: ${fault}`);
  if (res.Error) throw new Error(`${action} as ${account} in ${region}: ${res.Error.Code}: ${res.Error.Message}`);
  return res;
}

async function listImages(account, region, type) {
  const out = [];
  for (let offset = 0; ; offset += 100) {
    const res = await must(account, 'DescribeImages', region, {
      Filters: [{ Name: 'image-type', Values: [type] }],
      Offset: offset,
      Limit: 100,
    });
    out.push(...res.ImageSet);
    if (out.length >= res.TotalCount || res.ImageSet.length === 0) return { images: out, total: res.TotalCount };
  }
}

// ---------------------------------------------------------------- the load

const stats = new Map();
function statsOf(kind) {
  let s = stats.get(kind);
  if (!s) {
    s = { requests: 0, ok: 0, expected: new Map(), unexpected: 0, latencies: [] };
    stats.set(kind, s);
  }
  return s;
}
const unexpectedSamples = [];
/** Images that must exist at the end (created or copied, not deleted) and that must not (deleted). */
const created = new Map();
const deleted = new Map();

let issued = 0;
let deadline = 0;

function record(kind, outcome, ms) {
  const s = statsOf(kind);
  s.requests++;
  s.latencies.push(ms);
  if (outcome.fault) {
    s.unexpected++;
    if (unexpectedSamples.length < 20) unexpectedSamples.push(`${kind}: ${outcome.fault}`);
    return false;
  }
  const error = outcome.res.Error;
  if (!error) {
    s.ok++;
    return true;
  }
  if (EXPECTED[kind].includes(error.Code)) {
    s.expected.set(error.Code, (s.expected.get(error.Code) ?? 0) + 1);
    return false;
  }
  s.unexpected++;
  if (unexpectedSamples.length < 20) unexpectedSamples.push(`${kind}: ${error.Code}: ${error.Message}`);
  return false;
}

async function client(index) {
  const rand = prng(SEED * 7919 + index);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const account = ACCOUNTS[index % ACCOUNTS.length];
  const others = ACCOUNTS.filter((a) => a !== account);
  /** What this client last saw of its account's own images, per region. */
  const own = new Map();
  const instances = new Map();
  for (const region of HOME[account]) {
    const res = await must(account, 'DescribeInstances', region, { Limit: 100 });
    instances.set(
      region,
      res.InstanceSet.map((i) => i.InstanceId),
    );
  }
  const total = MIX.reduce((n, [, w]) => n + w, 0);
  const chooseKind = () => {
    let r = rand() * total;
    for (const [kind, weight] of MIX) if ((r -= weight) < 0) return kind;
    return MIX[0][0];
  };
  let seq = 0;

  while (Date.now() < deadline && issued < MAX_REQUESTS) {
    issued++;
    let kind = chooseKind();
    const region = rand() < 0.75 ? pick(HOME[account]) : pick(REGIONS);
    const images = own.get(region) ?? [];
    if (kind !== 'DescribeImages' && kind !== 'CreateImage' && images.length === 0) kind = 'DescribeImages';
    if (kind === 'CreateImage' && !(instances.get(region)?.length > 0)) kind = 'DescribeImages';
    const image = images.length > 0 ? pick(images) : undefined;
    let action = kind;
    let params;
    switch (kind) {
      case 'DescribeImages':
        params = { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: 100 };
        break;
      case 'CreateImage':
        params = {
          InstanceId: pick(instances.get(region)),
          ImageName: `load-${index}-${++seq}`,
          ImageDescription: 'load test',
        };
        break;
      case 'ModifyImageSharePermission SHARE':
        action = 'ModifyImageSharePermission';
        params = { ImageId: image.ImageId, AccountIds: rand() < 0.3 ? others : [pick(others)], Permission: 'SHARE' };
        break;
      case 'ModifyImageSharePermission CANCEL':
        action = 'ModifyImageSharePermission';
        params = { ImageId: image.ImageId, AccountIds: [pick(others)], Permission: 'CANCEL' };
        break;
      case 'DeleteImages':
        params = { ImageIds: [image.ImageId] };
        break;
      case 'SyncImages': {
        const group = groupOf(region).filter((r) => r !== region);
        const count = 1 + Math.floor(rand() * Math.min(3, group.length));
        const destinations = [...group].sort(() => rand() - 0.5).slice(0, count);
        params = {
          ImageIds: [image.ImageId],
          DestinationRegions: destinations,
          ImageSetRequired: true,
          ...(rand() < 0.5 ? { ImageName: `load-copy-${index}-${++seq}` } : {}),
        };
        break;
      }
    }
    const t0 = performance.now();
    const outcome = await api(account, action, region, params);
    const ok = record(kind, outcome, performance.now() - t0);
    if (!ok) continue;
    const res = outcome.res;
    switch (kind) {
      case 'DescribeImages':
        own.set(
          region,
          res.ImageSet.map((i) => ({ ImageId: i.ImageId })),
        );
        break;
      case 'CreateImage':
        if (!deleted.has(res.ImageId)) created.set(res.ImageId, { account, region });
        own.set(region, [...images, { ImageId: res.ImageId }]);
        break;
      case 'DeleteImages':
        deleted.set(image.ImageId, region);
        created.delete(image.ImageId);
        own.set(
          region,
          images.filter((i) => i.ImageId !== image.ImageId),
        );
        break;
      case 'SyncImages':
        for (const copy of res.ImageSet)
          if (!deleted.has(copy.ImageId)) created.set(copy.ImageId, { account, region: copy.Region });
        break;
    }
  }
}

// ---------------------------------------------------------------- invariants

async function checkInvariants() {
  const broken = [];
  const fail = (msg) => {
    if (broken.length < 50) broken.push(msg);
  };
  /** imageId → { owner, region, recipients } for every custom image. */
  const all = new Map();
  let checks = 0;

  for (const account of ACCOUNTS) {
    for (const region of REGIONS) {
      const { images, total } = await listImages(account, region, 'PRIVATE_IMAGE');
      checks++;
      if (total > QUOTA) fail(`${account} has ${total} custom images in ${region} (quota ${QUOTA})`);
      const names = images.map((i) => i.ImageName);
      const dupes = names.filter((n, i) => names.indexOf(n) !== i);
      if (dupes.length > 0) fail(`${account} has duplicate names in ${region}: ${[...new Set(dupes)].join(', ')}`);
      for (const image of images) {
        if (['CREATING', 'SYNCING', 'IMPORTING'].includes(image.ImageState))
          fail(`${image.ImageId} is still ${image.ImageState} with instant durations`);
        const perms = (await must(account, 'DescribeImageSharePermission', region, { ImageId: image.ImageId }))
          .SharePermissionSet;
        checks++;
        const recipients = perms.map((p) => p.AccountId);
        if (recipients.length > SHARE_MAX) fail(`${image.ImageId} is shared with ${recipients.length} accounts`);
        if (new Set(recipients).size !== recipients.length) fail(`${image.ImageId} lists a recipient twice`);
        if (recipients.includes(account)) fail(`${image.ImageId} is shared with its owner`);
        if (image.SharedAccountCount !== recipients.length)
          fail(`${image.ImageId}: SharedAccountCount ${image.SharedAccountCount} but ${recipients.length} recipients`);
        all.set(image.ImageId, { owner: account, region, recipients });
      }
    }
  }

  for (const account of ACCOUNTS) {
    for (const region of REGIONS) {
      // Every shared image a recipient sees is one its owner lists the recipient for.
      const { images } = await listImages(account, region, 'SHARED_IMAGE');
      checks++;
      for (const image of images) {
        const owner = all.get(image.ImageId);
        if (!owner) fail(`${account} sees ${image.ImageId} in ${region} as shared, but no owner has it (orphan share)`);
        else if (owner.region !== region)
          fail(`${account} sees ${image.ImageId} in ${region}, but it lives in ${owner.region}`);
        else if (!owner.recipients.includes(account))
          fail(`${account} sees ${image.ImageId} as shared, but ${owner.owner} does not list ${account}`);
      }
      // And every recipient an owner lists does see it.
      const seen = new Set(images.map((i) => i.ImageId));
      for (const [imageId, info] of all)
        if (info.region === region && info.recipients.includes(account) && !seen.has(imageId))
          fail(`${info.owner} lists ${account} as a recipient of ${imageId}, but ${account} does not see it`);
    }
  }

  // Nothing created is lost; nothing deleted is still there, for its owner or as a share.
  let lost = 0;
  for (const [imageId, where] of created) {
    if (!all.has(imageId)) {
      lost++;
      fail(`${imageId} (created by ${where.account} in ${where.region}) is missing`);
    }
  }
  for (const [imageId, region] of deleted) {
    if (all.has(imageId)) fail(`${imageId} was deleted but still exists`);
    for (const account of ACCOUNTS) {
      const res = await must(account, 'DescribeImages', region, { ImageIds: [imageId] });
      checks++;
      if (res.TotalCount !== 0) fail(`${account} still sees deleted ${imageId} in ${region}`);
    }
  }
  return { broken, checks, images: all.size, lost };
}

// ---------------------------------------------------------------- main

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function report(elapsedS) {
  const rows = [['action', 'requests', 'ok', 'expected refusals', 'unexpected', 'p50 ms', 'p95 ms', 'max ms']];
  let requests = 0;
  let ok = 0;
  let expected = 0;
  let unexpected = 0;
  for (const [kind] of MIX) {
    const s = statsOf(kind);
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const exp = [...s.expected.values()].reduce((a, b) => a + b, 0);
    requests += s.requests;
    ok += s.ok;
    expected += exp;
    unexpected += s.unexpected;
    rows.push([
      kind,
      String(s.requests),
      String(s.ok),
      exp === 0 ? '0' : `${exp} (${[...s.expected].map(([c, n]) => `${c} ${n}`).join(', ')})`,
      String(s.unexpected),
      percentile(sorted, 50).toFixed(1),
      percentile(sorted, 95).toFixed(1),
      (sorted.at(-1) ?? 0).toFixed(1),
    ]);
  }
  rows.push(['total', String(requests), String(ok), String(expected), String(unexpected), '', '', '']);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [n, row] of rows.entries()) {
    process.stdout.write(
      `${row
        .map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd()}\n`,
    );
    if (n === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  }
  const rps = requests / elapsedS;
  log(`${requests} requests by ${CLIENTS} clients in ${elapsedS.toFixed(1)} s: ${rps.toFixed(0)} requests per second`);
  return { requests, ok, expected, unexpected, rps };
}

async function main() {
  const hardStop = setTimeout(() => {
    process.stderr.write(`[load-test] gave up after ${HARD_LIMIT_MS / 1000} s\n`);
    void stopServer().finally(() => process.exit(1));
  }, HARD_LIMIT_MS);
  hardStop.unref();
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
      void stopServer().finally(() => process.exit(130));
    });

  let exitCode = 1;
  try {
    const entry = build();
    ({ port, keys } = await start(entry));
    log(
      `server on http://127.0.0.1:${port}/ (instant long operations); ${CLIENTS} clients for ${SECONDS} s or ${MAX_REQUESTS} requests, seed ${SEED}`,
    );

    deadline = Date.now() + SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    const elapsed = (performance.now() - t0) / 1000;
    const totals = report(elapsed);
    if (unexpectedSamples.length > 0) {
      log('unexpected answers (first 20):');
      for (const s of unexpectedSamples) process.stdout.write(`  ${s}\n`);
    }

    log('checking invariants through the API…');
    const inv = await checkInvariants();
    log(
      `${inv.checks} invariant queries over ${inv.images} custom images; ${created.size} images created or copied during the load still expected, ${deleted.size} deleted`,
    );
    for (const b of inv.broken) process.stdout.write(`  BROKEN: ${b}\n`);

    const pass = totals.unexpected === 0 && inv.broken.length === 0 && totals.requests > 0;
    process.stdout.write(
      `load-test: ${pass ? 'PASS' : 'FAIL'}: ${totals.requests} requests, ${totals.rps.toFixed(0)} req/s, ${totals.ok} ok, ${totals.expected} expected refusals, ${totals.unexpected} unexpected errors, ${inv.broken.length} broken invariants, data lost ${inv.lost}\n`,
    );
    exitCode = pass ? 0 : 1;
  } catch (e) {
    process.stderr.write(`[load-test] ${e instanceof Error ? e.stack : String(e)}\n`);
    process.stdout.write('load-test: FAIL: the run did not complete\n');
    exitCode = 1;
  } finally {
    agent.destroy();
    await stopServer();
  }
  process.exit(exitCode);
}

await main();
