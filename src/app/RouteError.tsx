import { Component, type ReactNode } from 'react';
import { Link } from '../features/router.tsx';
import { routes } from '../features/paths.ts';
import { useT, useTitle } from '../ui/i18n/I18n.tsx';

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
    return <PageFailed error={this.state.error} />;
  }
}

function PageFailed({ error }: { error: unknown }) {
  const t = useT();
  useTitle(t('pageError.heading'));
  return (
    <section className="page-error" role="alert">
      <h1>{t('pageError.heading')}</h1>
      <p>{error instanceof Error ? error.message : t('pageError.unknown')}</p>
      <p>{t.rich('pageError.next', { link: <Link to={routes.images}>{t('notFound.goToImages')}</Link> })}</p>
    </section>
  );
}

export function NotFound() {
  const t = useT();
  useTitle(t('notFound.heading'));
  return (
    <section>
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={routes.images}>{t('notFound.goToImages')}</Link>
      </p>
    </section>
  );
}
