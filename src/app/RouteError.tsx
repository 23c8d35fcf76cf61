import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';

/** The router's error boundary: a page that failed to render says so and offers a way back. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <section className="page-error" role="alert">
      <h1>This page failed to load</h1>
      <p>{message}</p>
      <p>
        <Link to="/images">Go to Images</Link> or reload the page.
      </p>
    </section>
  );
}

export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/images">Go to Images</Link>
      </p>
    </section>
  );
}
