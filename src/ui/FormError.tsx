/** A refusal that concerns the whole form: the API's message, code and request ID, and the typed values stay. */
export function FormError({ error }: { error: { message: string; code?: string; requestId?: string } | undefined }) {
  if (!error) return null;
  const requestId = error.requestId;
  return (
    <div role="alert" className="error-message">
      <p>{error.message}</p>
      {error.code && (
        <p className="error-details">
          Code {error.code}
          {requestId && <> · Request {requestId}</>}
        </p>
      )}
    </div>
  );
}
