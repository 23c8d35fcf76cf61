// The API as the clients call it: the official SDK (tencentcloud-sdk-nodejs-cvm), TC3-signed, one
// client per account and region over one keep-alive agent, so that signing and connections cost
// what they cost any SDK user, and the server, not the client, sets the pace.
import http from 'node:http';
import tencentcloud from 'tencentcloud-sdk-nodejs-cvm';

const CvmClient = tencentcloud.cvm.v20170312.Client;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The API of the server on `port`, with `keys` ({ account: { secretId, secretKey } }).
 * `call` resolves (never rejects) with { res } for a well-formed answer, `res.Error` set for an API
 * error, or { fault } describing what was wrong with the exchange. `pageSize`: the largest Limit a
 * Describe action takes (the rules' DESCRIBE_LIMIT_MAX).
 */
export function createApi({ port, keys, timeoutMs, sockets, pageSize }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const clients = new Map();
  const clientFor = (account, region) => {
    const key = `${account} ${region}`;
    let client = clients.get(key);
    if (!client) {
      client = new CvmClient({
        credential: keys[account],
        region,
        profile: {
          httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: 'http://', reqTimeout: timeoutMs / 1000, agent },
        },
      });
      clients.set(key, client);
    }
    return client;
  };

  async function call(account, action, region, params) {
    let res;
    try {
      res = await clientFor(account, region).request(action, params);
    } catch (e) {
      return refusalOrFault(e);
    }
    if (!res || typeof res !== 'object' || typeof res.RequestId !== 'string' || !UUID.test(res.RequestId))
      return { fault: `no RequestId: ${JSON.stringify(res).slice(0, 200)}` };
    return { res };
  }

  /** A call the checks need to succeed. */
  async function must(account, action, region, params) {
    const { res, fault } = await call(account, action, region, params);
    if (fault) throw new Error(`${action} as ${account} in ${region}: ${fault}`);
    if (res.Error) throw new Error(`${action} as ${account} in ${region}: ${res.Error.Code}: ${res.Error.Message}`);
    return res;
  }

  /** Every image of one type the account sees in the region, paged through DescribeImages. */
  async function listImages(account, region, type) {
    const out = [];
    for (let offset = 0; ; offset += pageSize) {
      const res = await must(account, 'DescribeImages', region, {
        Filters: [{ Name: 'image-type', Values: [type] }],
        Offset: offset,
        Limit: pageSize,
      });
      out.push(...res.ImageSet);
      if (out.length >= res.TotalCount || res.ImageSet.length === 0) return { images: out, total: res.TotalCount };
    }
  }

  return { call, must, listImages, close: () => agent.destroy() };
}

/**
 * What the SDK threw: an API error (TencentCloudSDKHttpException with the error's code and the
 * answer's RequestId) becomes `res.Error`; an HTTP status, a network error, a timeout or an answer
 * the SDK could not read is a fault.
 */
function refusalOrFault(e) {
  const message = e instanceof Error ? e.message : String(e);
  if (typeof e?.code === 'string' && e.code !== '') {
    if (typeof e.requestId !== 'string' || !UUID.test(e.requestId))
      return { fault: `no RequestId with ${e.code}: ${message}` };
    return { res: { Error: { Code: e.code, Message: message }, RequestId: e.requestId } };
  }
  if (e?.httpCode) return { fault: `HTTP ${e.httpCode}: ${message}` };
  return { fault: `network error, timeout or unreadable answer: ${message}` };
}
