import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../test/render.tsx';

function links() {
  return (
    <>
      <a href="/instances?region=ap-shanghai">Instances</a>
      <a href="/instances" target="_blank" rel="noreferrer">
        In a new tab
      </a>
      <a href="/instances" download>
        Download
      </a>
      <a href="https://cloud.tencent.com/document/product/213">Docs</a>
    </>
  );
}

describe('plain internal links (useInternalLinks)', () => {
  it('a left click on a same-origin link routes in the page, search included', async () => {
    const { user, router } = renderAt(links(), { url: '/images', path: '/images' });
    await user.click(screen.getByRole('link', { name: 'Instances' }));
    expect(router.state.location.pathname).toBe('/instances');
    expect(router.state.location.search).toBe('?region=ap-shanghai');
    expect(screen.getByTestId('navigated')).toBeInTheDocument();
  });

  it('a modified click, a new-tab link, a download and another site are left to the browser', async () => {
    const { user, router } = renderAt(links(), { url: '/images', path: '/images' });
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: 'Instances' }));
    await user.keyboard('{/Control}');
    await user.click(screen.getByRole('link', { name: 'In a new tab' }));
    await user.click(screen.getByRole('link', { name: 'Download' }));
    await user.click(screen.getByRole('link', { name: 'Docs' }));
    expect(router.state.location.pathname).toBe('/images');
  });
});
