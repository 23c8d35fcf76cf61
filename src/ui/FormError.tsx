import { errorDetails, errorText, type RequestFailure } from './error-text.ts';
import { useT } from './i18n/I18n.tsx';

/** A refusal that concerns the whole form: the API's message, code and request ID, and the typed values stay. */
export function FormError({ error }: { error: RequestFailure | undefined }) {
  const t = useT();
  if (!error) return null;
  const details = error.code ? errorDetails(t, error) : undefined;
  return (
    <div role="alert" className="error-message">
      <p>{errorText(t, error)}</p>
      {details && <p className="error-details">{details}</p>}
    </div>
  );
}
