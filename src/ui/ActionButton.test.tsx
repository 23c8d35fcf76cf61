import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../test/render.tsx';
import { ActionButton } from './ActionButton.tsx';

describe('ActionButton', () => {
  it('an allowed action is a plain button that acts on click', async () => {
    const onClick = vi.fn();
    const { user } = renderAt(<ActionButton label="Share" onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Share' });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAccessibleDescription();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('a refused action stays visible and focusable, says why, and does nothing when clicked or pressed', async () => {
    const onClick = vi.fn();
    const { user } = renderAt(
      <ActionButton label="Delete" reason="Cancel sharing with 2 accounts before deleting." onClick={onClick} />,
    );
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled();
    expect(button).toHaveAccessibleDescription('Cancel sharing with 2 accounts before deleting.');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Cancel sharing with 2 accounts before deleting.');
    await user.click(button);
    button.blur();
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter} ');
    expect(onClick).not.toHaveBeenCalled();
  });

  it('a press on a refused action shows and announces its reason; a press elsewhere or Escape hides it', async () => {
    const reason = 'Cancel sharing with 2 accounts before deleting.';
    const onClick = vi.fn();
    const { user } = renderAt(
      <>
        <ActionButton label="Delete" reason={reason} onClick={onClick} />
        <p>Elsewhere</p>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Delete' });
    const tooltip = screen.getByRole('tooltip');
    const said = () => screen.getAllByRole('status')[0]!;
    expect(tooltip).not.toHaveClass('tooltip-shown');
    expect(said()).toBeEmptyDOMElement();
    await user.click(button);
    // Shown whatever the focus (a tap does not focus a button in iOS Safari), and said.
    expect(tooltip).toHaveClass('tooltip-shown');
    expect(said()).toHaveTextContent(reason);
    await user.click(screen.getByText('Elsewhere'));
    expect(tooltip).not.toHaveClass('tooltip-shown');
    expect(said()).toBeEmptyDOMElement();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(tooltip).not.toHaveClass('tooltip-shown');
    // A second press hides it too.
    await user.click(button);
    await user.click(button);
    expect(tooltip).not.toHaveClass('tooltip-shown');
    expect(onClick).not.toHaveBeenCalled();
  });

  it('can carry a fuller accessible name for buttons repeated per row', () => {
    renderAt(<ActionButton label="Delete" accessibleName="Delete web-server" onClick={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Delete web-server' })).toHaveTextContent('Delete');
  });
});
