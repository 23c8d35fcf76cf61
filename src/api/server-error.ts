import { ApiError, type ApiRefusal, type ClientProblem } from './client.ts';
import type { Violation } from '../rules/violation.ts';

/**
 * Split a refused request into the message for one of the form's `fields` (when the API names
 * one: its `Error.Field` extension) or for the whole form, and the values it refused one by one.
 */
export function serverError(
  error: unknown,
  fields: readonly string[] = [],
):
  | {
      field?: string;
      message: string;
      code?: string;
      requestId?: string;
      refused?: readonly ApiRefusal[];
      clientProblem?: ClientProblem;
    }
  | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) {
    const field = error.field !== undefined && fields.includes(error.field) ? error.field : undefined;
    const { message, code, requestId, refused, clientProblem } = error;
    return { field, message, code, requestId, refused, clientProblem };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * A rule the form checks itself (a full quota, say), refusing the whole form: its code and message,
 * rendered by `render` (the person's language: t.rule).
 */
export function formRefusal(
  v: Violation | undefined,
  render: (v: Violation) => string,
): { code: string; message: string } | undefined {
  return v && { code: v.code, message: render(v) };
}
