// The load: concurrent clients (the demo accounts in turn) that list, create, share, cancel
// sharing, delete and copy images until the deadline or the request budget. Every answer is
// classified: success, expected refusal (EXPECTED in config.mjs), or unexpected.
import { EXPECTED, MIX } from './config.mjs';

/**
 * Runs `clients` clients against `api` and returns what happened: per-kind statistics, samples of
 * unexpected answers, and the images that must exist afterwards (created) or must not (deleted).
 * `kit` is the product's own rules and demo world (kit.ts).
 */
export async function runLoad({ api, kit, clients, seed, deadline, maxRequests }) {
  const accounts = kit.accountIds;
  const home = kit.homeRegions();
  const stats = new Map(
    MIX.map(([kind]) => [kind, { requests: 0, ok: 0, expected: new Map(), unexpected: 0, latencies: [] }]),
  );
  const unexpectedSamples = [];
  const created = new Map();
  const deleted = new Map();
  let issued = 0;

  const sample = (line) => {
    if (unexpectedSamples.length < 20) unexpectedSamples.push(line);
  };
  function record(kind, outcome, ms) {
    const s = stats.get(kind);
    s.requests++;
    s.latencies.push(ms);
    if (outcome.fault) {
      s.unexpected++;
      sample(`${kind}: ${outcome.fault}`);
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
    sample(`${kind}: ${error.Code}: ${error.Message}`);
    return false;
  }

  async function client(index) {
    const rand = kit.mulberry32(seed * 7919 + index);
    const pick = (list) => list[Math.floor(rand() * list.length)];
    const account = accounts[index % accounts.length];
    const others = accounts.filter((a) => a !== account);
    /** What this client last saw of its account's own images, per region. */
    const own = new Map();
    const instances = new Map();
    for (const region of home[account]) {
      const res = await api.must(account, 'DescribeInstances', region, { Limit: kit.DESCRIBE_LIMIT_MAX });
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

    while (Date.now() < deadline && issued < maxRequests) {
      issued++;
      let kind = chooseKind();
      const region = rand() < 0.75 ? pick(home[account]) : pick(kit.regionIds);
      const images = own.get(region) ?? [];
      if (kind !== 'DescribeImages' && kind !== 'CreateImage' && images.length === 0) kind = 'DescribeImages';
      if (kind === 'CreateImage' && !(instances.get(region)?.length > 0)) kind = 'DescribeImages';
      const image = images.length > 0 ? pick(images) : undefined;
      let action = kind;
      let params;
      switch (kind) {
        case 'DescribeImages':
          params = { Filters: [{ Name: 'image-type', Values: ['PRIVATE_IMAGE'] }], Limit: kit.DESCRIBE_LIMIT_MAX };
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
          const group = kit.copyDestinations(region);
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
      const outcome = await api.call(account, action, region, params);
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

  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return { stats, unexpectedSamples, created, deleted };
}
