import type { SharePermission } from '../../rules/images.ts';
import { DateTime, useT } from '../../ui/i18n/I18n.tsx';

interface Props {
  recipients: SharePermission[];
  chosen: ReadonlySet<string>;
  onToggle: (accountId: string) => void;
  loading: boolean;
}

/** Current recipients with the date each was added; checkboxes choose whom to stop sharing with. */
export function RecipientList({ recipients, chosen, onToggle, loading }: Props) {
  const t = useT();
  if (loading) return <p>{t('share.loading')}</p>;
  if (recipients.length === 0) return <p className="field-hint">{t('share.none')}</p>;
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
            <code>{r.AccountId}</code>{' '}
            <span className="muted">{t.rich('share.added', { date: <DateTime iso={r.CreatedTime} /> })}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
