import { ApiError, type ApiRefusal } from './client.ts';
import type { Violation } from '../rules/common.ts';
import { renderMessage } from '../rules/messages/render.ts';

/**
 * Split a refused request into the message for one of the form's `fields` (when the API names
 * one: its `Error.Field` extension) or for the whole form, and the values it refused one by one.
 */
export function serverError(
  error: unknown,
  fields: readonly string[] = [],
): { field?: string; message: string; code?: string; requestId?: string; refused?: readonly ApiRefusal[] } | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) {
    const field = error.field !== undefined && fields.includes(error.field) ? error.field : undefined;
    return { field, message: error.message, code: error.code, requestId: error.requestId, refused: error.refused };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** A rule the form checks itself (a full quota, say), refusing the whole form: its code and message. */
export function formRefusal(v: Violation | undefined): { code: string; message: string } | undefined {
  return v && { code: v.code, message: renderMessage(v) };
}
