interface Props {
  error: Error;
  onRetry?: () => void;
}

/** An API or network failure, said plainly, with its code and request ID for support and a way to try again. */
export function ErrorMessage({ error, onRetry }: Props) {
  const details = error as Error & { code?: string; requestId?: string };
  return (
    <div role="alert" className="error-message">
      <p>
        <strong>Something went wrong.</strong> {error.message}
      </p>
      {(details.code || details.requestId) && (
        <p className="error-details">
          {details.code && <>Code {details.code}</>}
          {details.requestId && <> · Request {details.requestId}</>}
        </p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
