import { Component, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { routes } from '../features/paths.ts';

interface BoundaryProps {
  children: ReactNode;
}

/**
 * A page that failed to render (or whose code could not be loaded) says so and offers a way
 * back, while the header stays usable. Layout keys it by path, so another page starts afresh.
 */
export class RouteErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const error = this.state.error;
    return (
      <section className="page-error" role="alert">
        <h1>This page failed to load</h1>
        <p>{error instanceof Error ? error.message : 'Unknown error'}</p>
        <p>
          <Link to={routes.images}>Go to Images</Link> or reload the page.
        </p>
      </section>
    );
  }
}

export function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to={routes.images}>Go to Images</Link>
      </p>
    </section>
  );
}
