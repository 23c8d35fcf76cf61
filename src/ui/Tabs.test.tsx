import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../test/render.tsx';
import { Tabs } from './Tabs.tsx';

const items = [
  { key: 'one', label: 'First' },
  { key: 'two', label: 'Second' },
  { key: 'three', label: 'Third' },
] as const;

type Key = (typeof items)[number]['key'];

function Harness({ initial = 'one' }: { initial?: Key }) {
  const [selected, setSelected] = useState<Key>(initial);
  return (
    <>
      <button type="button">Before</button>
      <Tabs label="Sources" idPrefix="demo" tabs={items} selected={selected} onSelect={setSelected} />
      <div id="demo-panel" role="tabpanel" aria-labelledby={`demo-tab-${selected}`}>
        Panel {selected}
      </div>
      <button type="button">After</button>
    </>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('Tabs', () => {
  it('is a labelled tablist whose selected tab labels the panel', () => {
    renderAt(<Harness />);
    expect(screen.getByRole('tablist', { name: 'Sources' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    expect(tab('First')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Second')).toHaveAttribute('aria-selected', 'false');
    expect(tab('First')).toHaveAttribute('aria-controls', 'demo-panel');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('First');
  });

  it('puts only the selected tab in the tab order', async () => {
    const { user } = renderAt(<Harness initial="two" />);
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(tab('Second')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(tab('First')).toHaveAttribute('tabindex', '-1');
    expect(tab('Third')).toHaveAttribute('tabindex', '-1');
  });

  it('moves selection and focus with the arrow keys, wrapping at both ends', async () => {
    const { user } = renderAt(<Harness />);
    tab('First').focus();
    await user.keyboard('{ArrowRight}');
    expect(tab('Second')).toHaveFocus();
    expect(tab('Second')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Panel two');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(tab('First')).toHaveFocus();
    expect(tab('First')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowLeft}');
    expect(tab('Third')).toHaveFocus();
    expect(tab('Third')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Third')).toHaveAttribute('tabindex', '0');
  });

  it('Home and End go to the first and the last tab', async () => {
    const { user } = renderAt(<Harness initial="two" />);
    tab('Second').focus();
    await user.keyboard('{End}');
    expect(tab('Third')).toHaveFocus();
    expect(tab('Third')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(tab('First')).toHaveFocus();
    expect(tab('First')).toHaveAttribute('aria-selected', 'true');
  });

  it('other keys leave the selection alone', async () => {
    const { user } = renderAt(<Harness />);
    tab('First').focus();
    await user.keyboard('{ArrowDown}a');
    expect(tab('First')).toHaveAttribute('aria-selected', 'true');
    expect(tab('First')).toHaveFocus();
  });

  it('a click selects a tab', async () => {
    const { user } = renderAt(<Harness />);
    await user.click(tab('Third'));
    expect(tab('Third')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Third');
  });
});
