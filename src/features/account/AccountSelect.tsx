import { setAccount } from '../../api/session.ts';
import { accounts } from '../../rules/common.ts';
import { useAccount } from './use-account.ts';

export function AccountSelect() {
  const account = useAccount();
  return (
    <div className="field-inline">
      <label htmlFor="account-select">Account</label>
      <select id="account-select" value={account} onChange={(e) => setAccount(e.target.value)}>
        {accounts.map((a) => (
          <option key={a.accountId} value={a.accountId}>
            {a.accountId} · {a.name.replace(/^Demo: /, '')}
          </option>
        ))}
      </select>
    </div>
  );
}
