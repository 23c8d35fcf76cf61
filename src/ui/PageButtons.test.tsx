import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../test/render.tsx';
import { PageButtons } from './PageButtons.tsx';

function Harness({ pages, initial = 1 }: { pages: number; initial?: number }) {
  const [page, setPage] = useState(initial);
  return (
    <nav aria-label="Pages">
      <PageButtons page={page} pages={pages} onPage={setPage}>
        <span>
          Page {page} of {pages}
        </span>
      </PageButtons>
    </nav>
  );
}

const button = (name: string) => screen.getByRole('button', { name });

describe('PageButtons', () => {
  it('moves between pages, each button refused at its end', async () => {
    const { user } = renderAt(<Harness pages={3} />);
    expect(button('Previous page')).toBeDisabled();
    await user.click(button('Next page'));
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    expect(button('Previous page')).toBeEnabled();
    expect(button('Next page')).toBeEnabled();
  });

  it('keeps the keyboard in the pager: reaching the last page moves the focus to Previous, the first to Next', async () => {
    const { user } = renderAt(<Harness pages={3} />);
    button('Next page').focus();
    await user.keyboard('{Enter}');
    expect(button('Next page')).toHaveFocus(); // page 2: nothing refused, the focus stays
    await user.keyboard('{Enter}');
    expect(screen.getByText('Page 3 of 3')).toBeInTheDocument();
    expect(button('Next page')).toBeDisabled();
    expect(button('Previous page')).toHaveFocus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
    expect(button('Previous page')).toBeDisabled();
    expect(button('Next page')).toHaveFocus();
  });

  it('on one page both buttons are refused', () => {
    renderAt(<Harness pages={1} />);
    expect(button('Previous page')).toBeDisabled();
    expect(button('Next page')).toBeDisabled();
  });
});
