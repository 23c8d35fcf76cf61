import { useImageMutation, type ImageAction } from '../../api/image-mutations.ts';
import type { serverError } from '../../api/server-error.ts';
import type { RequestOf, ResponseOf } from '../../rules/actions.ts';
import type { Violation } from '../../rules/violation.ts';
import type { Translate } from '../../ui/i18n/translator.ts';
import { useToast } from '../../ui/Toast.tsx';
import { useForm } from '../../ui/use-form.ts';

/**
 * What a dialog that sends one request about images holds (Create, Import, Edit, Edit tags): its
 * form (useForm) and its mutation (useImageMutation), and `send`, the form's submit handler. Every
 * error then shows; unless the form is `blocked` (or the request is on its way), `request` is sent
 * once, and when it is done the toast says what `done` makes of the answer and the dialog closes.
 */
export function useImageForm<A extends ImageAction, T extends Record<string, unknown>>(
  action: A,
  region: string,
  initial: T,
  onDone: () => void,
) {
  const form = useForm(initial);
  const toast = useToast();
  const mutation = useImageMutation(action, region);
  const send = (blocked: boolean, request: RequestOf<A>, done: (response: ResponseOf<A>) => string) =>
    form.submit(() => {
      if (blocked || mutation.isPending) return;
      mutation.mutate(request, {
        onSuccess: (response) => {
          toast.show(done(response));
          onDone();
        },
      });
    });
  return { form, mutation, send };
}

/**
 * The error each field of such a dialog shows, by its form key and its request parameter: the
 * rules' violation of the parameter (or the dialog's own check, `local`) once the form shows
 * errors; otherwise the server's refusal, when it names that parameter.
 */
export function fieldErrors(
  form: { shown: (key: string, message: string | undefined) => string | undefined },
  t: Translate,
  errors: Record<string, Violation>,
  server: ReturnType<typeof serverError>,
) {
  return (key: string, param: string, local?: string): string | undefined =>
    form.shown(key, local ?? t.rule(errors[param])) ?? (server?.field === param ? server.message : undefined);
}
