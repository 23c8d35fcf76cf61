import { errorDetails, errorText, type RequestFailure } from './error-text.ts';
import { useT } from './i18n/I18n.tsx';

interface Props {
  error: Error & Partial<RequestFailure>;
  onRetry?: () => void;
}

/** An API or network failure, said plainly, with its code and request ID for support and a way to try again. */
export function ErrorMessage({ error, onRetry }: Props) {
  const t = useT();
  const details = errorDetails(t, error);
  return (
    <div role="alert" className="error-message">
      <p>
        <strong>{t('error.heading')}</strong> {errorText(t, error)}
      </p>
      {details && <p className="error-details">{details}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      )}
    </div>
  );
}
