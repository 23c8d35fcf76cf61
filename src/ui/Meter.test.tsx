import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Meter } from './Meter.tsx';

describe('Meter', () => {
  it('is a named meter with its range, value and the value in words', () => {
    render(<Meter label="Custom image quota" value={8} max={10} text="8 of 10 used in Guangzhou" />);
    const meter = screen.getByRole('meter', { name: 'Custom image quota' });
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '10');
    expect(meter).toHaveAttribute('aria-valuenow', '8');
    expect(meter).toHaveAttribute('aria-valuetext', '8 of 10 used in Guangzhou');
    expect(screen.getByText('8 of 10 used in Guangzhou')).toBeInTheDocument();
  });

  it('follows a new value, in numbers and in words', () => {
    const { rerender } = render(<Meter label="Quota" value={8} max={10} text="8 of 10 used" />);
    rerender(<Meter label="Quota" value={10} max={10} text="10 of 10 used" />);
    const meter = screen.getByRole('meter', { name: 'Quota' });
    expect(meter).toHaveAttribute('aria-valuenow', '10');
    expect(meter).toHaveAttribute('aria-valuetext', '10 of 10 used');
    expect(screen.getByText('10 of 10 used')).toBeInTheDocument();
  });
});
