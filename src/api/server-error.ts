import { ApiError } from './client.ts';
import { fieldOfCode } from '../rules/common.ts';

/** Split a refused request into the message for one field (when the code concerns one) or for the whole form. */
export function serverError(
  error: unknown,
): { field?: string; message: string; code?: string; requestId?: string } | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) {
    const field = fieldOfCode(error.code);
    return { field, message: error.message, code: error.code, requestId: error.requestId };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
