import { useQueryClient } from '@tanstack/react-query';
import { setAccount } from '../../api/session.ts';
import { accounts } from '../../rules/accounts.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useAccount } from './use-account.ts';

export function AccountSelect() {
  const t = useT();
  const account = useAccount();
  const queryClient = useQueryClient();
  return (
    <div className="field-inline">
      <label htmlFor="account-select">{t('account.label')}</label>
      <select
        id="account-select"
        value={account}
        onChange={(e) => {
          setAccount(e.target.value);
          // Another account may have changed what this one sees (a share, a cancelled share):
          // what was cached for it is looked at again.
          void queryClient.invalidateQueries();
        }}
      >
        {accounts.map((a) => (
          <option key={a.accountId} value={a.accountId} translate="no">
            {a.accountId} · {a.name.replace(/^Demo: /, '')}
          </option>
        ))}
      </select>
    </div>
  );
}
