import type { SharePermission } from '../../rules/images.ts';
import { formatTime } from '../../ui/format-time.ts';

interface Props {
  recipients: SharePermission[];
  chosen: ReadonlySet<string>;
  onToggle: (accountId: string) => void;
  loading: boolean;
}

/** Current recipients with the date each was added; checkboxes choose whom to stop sharing with. */
export function RecipientList({ recipients, chosen, onToggle, loading }: Props) {
  if (loading) return <p>Loading recipients…</p>;
  if (recipients.length === 0) return <p className="field-hint">Not shared with any account yet.</p>;
  return (
    <ul className="check-list">
      {recipients.map((r) => (
        <li key={r.AccountId}>
          <input
            type="checkbox"
            id={`recipient-${r.AccountId}`}
            checked={chosen.has(r.AccountId)}
            onChange={() => onToggle(r.AccountId)}
          />
          <label htmlFor={`recipient-${r.AccountId}`}>
            <code>{r.AccountId}</code> <span className="muted">added {formatTime(r.CreatedTime)}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
