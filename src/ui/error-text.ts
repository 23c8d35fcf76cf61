import type { UiParams } from './i18n/params.ts';
import type { Translate } from './i18n/translator.ts';

/** A failed request as the console shows it (src/api/client.ts: ApiError, ClientProblem). */
export interface RequestFailure {
  message: string;
  code?: string;
  requestId?: string;
  clientProblem?: UiParams<'error.client'>;
}

/**
 * What a failed request says: the API's own message (already in the person's language: the client
 * sends X-TC-Language), or, when no API answered, the console's words for what went wrong.
 */
export function errorText(t: Translate, error: RequestFailure): string {
  return error.clientProblem ? t('error.client', error.clientProblem) : error.message;
}

/** "Code X · Request Y", for support. */
export function errorDetails(t: Translate, { code, requestId }: RequestFailure): string | undefined {
  const parts = [code && t('error.code', { code }), requestId && t('error.request', { requestId })].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
