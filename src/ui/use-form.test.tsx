// useForm, the one way a dialog holds its form: when errors show, what a refusal keeps, set fields.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Field } from './Field.tsx';
import { useForm } from './use-form.ts';

function Harness({ onSend }: { onSend: (values: { name: string; regions: string[] }) => void }) {
  const form = useForm({ name: '', regions: new Set<string>() as ReadonlySet<string> });
  const nameError = form.values.name.trim() ? undefined : 'Enter a name.';
  const submit = form.submit(() => {
    if (nameError) return;
    onSend({ name: form.values.name, regions: [...form.values.regions] });
    form.reset();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Field label="Name" error={form.shown('name', nameError)}>
        <input
          value={form.values.name}
          onChange={(e) => form.set('name', e.target.value)}
          onBlur={() => form.touch('name')}
        />
      </Field>
      {['Shanghai', 'Beijing'].map((city) => (
        <label key={city}>
          <input
            type="checkbox"
            checked={form.values.regions.has(city)}
            onChange={() => form.toggle('regions', city)}
          />
          {city}
        </label>
      ))}
      <button type="submit">Send</button>
    </form>
  );
}

const name = () => screen.getByRole('textbox', { name: 'Name' });

describe('useForm', () => {
  it('shows a field’s error once the field was left, not while it is first being typed', async () => {
    const user = userEvent.setup();
    render(<Harness onSend={() => undefined} />);
    await user.click(name());
    expect(screen.queryByText('Enter a name.')).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    expect(name()).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows every error once a submit was tried, and a refused submit sends nothing and keeps the choices', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    await user.click(screen.getByRole('checkbox', { name: 'Beijing' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('checkbox', { name: 'Beijing' })).toBeChecked();
  });

  it('toggles the members of a set field, sends the values, then starts again empty', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    render(<Harness onSend={onSend} />);
    await user.type(name(), 'web-copy');
    await user.click(screen.getByRole('checkbox', { name: 'Shanghai' }));
    await user.click(screen.getByRole('checkbox', { name: 'Beijing' }));
    await user.click(screen.getByRole('checkbox', { name: 'Shanghai' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledExactlyOnceWith({ name: 'web-copy', regions: ['Beijing'] });
    expect(name()).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Beijing' })).not.toBeChecked();
    // Back to the start: no error until the field is left or a submit is tried again.
    expect(screen.queryByText('Enter a name.')).not.toBeInTheDocument();
  });
});
