// From the page's request to a call the proxy may forward: the body is a JSON object, the version
// is CVM's (or the tag service's, for its action), the action is one the console uses, and in read-only mode it changes nothing.
import type { IncomingHttpHeaders } from 'node:http';
import { isAction, mutatingActions, requestSchemas } from '../rules/actions.ts';
import { API_VERSION, apiVersions, TAG_API_VERSION, versionOf } from '../rules/protocol.ts';
import type { Call, Language } from './forward.ts';
import type { Refusal } from './guard.ts';

const LANGUAGES: readonly Language[] = ['zh-CN', 'en-US'];
/** The console's own list: every action its rules know (src/rules/actions.ts), none other. */
const FORWARDED = Object.keys(requestSchemas);

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

function refused(code: string, message: string): { refusal: Refusal } {
  return { refusal: { status: 200, code, message } };
}

export function readCall(
  headers: IncomingHttpHeaders,
  body: string,
  readOnly: boolean,
): { call: Call } | { refusal: Refusal } {
  const version = header(headers, 'x-tc-version');
  if (version !== undefined && !apiVersions.includes(version))
    return refused(
      'NoSuchVersion',
      `The local proxy forwards CVM ${API_VERSION} calls (and the tag service's ${TAG_API_VERSION} for tags), not version ${version.slice(0, 20)}.`,
    );
  const action = header(headers, 'x-tc-action');
  if (action === undefined) return refused('MissingParameter', 'The request is missing the X-TC-Action header.');
  if (!isAction(action))
    return refused(
      'UnauthorizedOperation.ActionNotForwarded',
      `The local proxy forwards only the actions the console uses (${FORWARDED.join(', ')}); ${action.slice(0, 60)} is not one of them.`,
    );
  if (version !== undefined && version !== versionOf(action))
    return refused(
      'NoSuchVersion',
      `${action} is called with version ${versionOf(action)}, not ${version.slice(0, 20)}.`,
    );
  if (readOnly && mutatingActions.includes(action))
    return refused(
      'UnauthorizedOperation.ReadOnly',
      `The console runs read-only (CVM_READ_ONLY=1 or --read-only): ${action} would change your account, so it was not sent to Tencent Cloud.`,
    );
  const region = header(headers, 'x-tc-region');
  if (region !== undefined && !/^[a-z]{2,}(-[a-z0-9]+){1,3}$/.test(region))
    return refused(
      'InvalidParameterValue',
      `X-TC-Region "${region.slice(0, 40)}" is not a region ID such as ap-guangzhou.`,
    );
  const language = header(headers, 'x-tc-language');
  if (language !== undefined && !LANGUAGES.includes(language as Language))
    return refused(
      'InvalidParameterValue',
      `X-TC-Language "${language.slice(0, 20)}" is not one of ${LANGUAGES.join(', ')}.`,
    );
  let params: unknown;
  try {
    params = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return refused('InvalidParameter', 'The request body is not valid JSON.');
  }
  if (params === null || typeof params !== 'object' || Array.isArray(params))
    return refused('InvalidParameter', 'The request body must be a JSON object of the action’s parameters.');
  return {
    call: { action, region, language: language as Language | undefined, params: params as Record<string, unknown> },
  };
}
