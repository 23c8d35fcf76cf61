import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  badge?: ReactNode;
  /** Read after the tab's name (a count shown in `badge`, hidden from the name so it stays the tab's). */
  description?: string;
}

interface Props<K extends string> {
  label: string;
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  idPrefix: string;
}

/**
 * ARIA tabs with automatic activation: arrow keys, Home and End move between tabs; the
 * selected tab is the only one in the tab order. The panel is rendered by the caller with
 * `id={`${idPrefix}-panel`}` and `aria-labelledby={`${idPrefix}-tab-${selected}`}`.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, idPrefix }: Props<K>) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.key === selected);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const key = tabs[next]!.key;
    onSelect(key);
    refs.current.get(key)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {tabs.map((tab) => (
        <button
          key={tab.key}
          ref={(el) => {
            if (el) refs.current.set(tab.key, el);
            else refs.current.delete(tab.key);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.key}`}
          aria-selected={tab.key === selected}
          aria-controls={`${idPrefix}-panel`}
          aria-describedby={tab.description ? `${idPrefix}-tab-${tab.key}-description` : undefined}
          tabIndex={tab.key === selected ? 0 : -1}
          onClick={() => onSelect(tab.key)}
          onKeyDown={onKeyDown}
        >
          {tab.label}
          {tab.badge}
        </button>
      ))}
      {tabs.map(
        (tab) =>
          tab.description && (
            <span key={tab.key} id={`${idPrefix}-tab-${tab.key}-description`} hidden>
              {tab.description}
            </span>
          ),
      )}
    </div>
  );
}
