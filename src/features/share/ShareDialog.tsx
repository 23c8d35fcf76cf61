import { useImageMutation } from '../../api/image-mutations.ts';
import { ACCOUNT_ID_MAX_DIGITS, ACCOUNT_ID_MIN_DIGITS } from '../../rules/ids.ts';
import { SHARE_RECIPIENTS_MAX } from '../../rules/limits.ts';
import type { Image } from '../../rules/images.ts';
import { parseAccountIds, recipientProblems, shareLimitViolation } from '../../rules/share.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { PendingNote } from '../../ui/PendingNote.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useForm } from '../../ui/use-form.ts';
import { useAccount } from '../account/use-account.ts';
import { serverError } from '../../api/server-error.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';
import { RecipientActions } from './RecipientActions.tsx';
import { RecipientList } from './RecipientList.tsx';
import { useRecipients } from './use-recipients.ts';

interface Props {
  image: Image;
  region: string;
  onClose: () => void;
  onDone: () => void;
}

export function ShareDialog({ image, region, onClose }: Props) {
  const t = useT();
  const account = useAccount();
  const toast = useToast();
  const sharing = useRecipients(image, region, (n) => toast.show(t('cancelShare.doneHere', { count: n })));
  const { shares, recipients, chosen, toggle } = sharing;
  const share = useImageMutation('ModifyImageSharePermission', region);
  const form = useForm({ ids: '' });
  const text = form.values.ids;

  const ids = parseAccountIds(text);
  const problems = recipientProblems('SHARE', ids, { owner: account, current: recipients.map((r) => r.AccountId) });
  const server = serverError(share.error);
  // The API names each ID it refused, with its reason (Error.Refused); they keep their place in the list.
  const refusedBy = new Map(server?.refused?.map((r) => [r.value, r.message]));
  const serverRefused = ids.filter((id) => refusedBy.has(id));
  const problemOf = (id: string, index: number) =>
    t.rule(problems.find((p) => p.index === index)?.violation) ?? refusedBy.get(id);
  // The counter counts what would be shared: not an ID the rules or the server refused.
  const valid = ids.filter((id, index) => !problems.some((p) => p.index === index) && !refusedBy.has(id));
  const limit = shareLimitViolation(recipients.length, ids.length);
  const total = recipients.length + valid.length;
  const slots = Math.max(0, SHARE_RECIPIENTS_MAX - recipients.length);
  // Why Share cannot be sent as it stands, said beside the button that is refused.
  const blocked =
    t.rule(limit) ??
    (problems.length > 0 || serverRefused.length > 0
      ? t('share.fixMarked')
      : ids.length === 0 && form.submitted
        ? t('share.idsMissing')
        : undefined);

  const submit = form.submit(() => {
    if (share.isPending || ids.length === 0 || problems.length > 0 || serverRefused.length > 0 || limit) return;
    share.mutate(
      { ImageId: image.ImageId, AccountIds: ids, Permission: 'SHARE' },
      {
        onSuccess: () => {
          toast.show(t('share.done', { count: ids.length, name: image.ImageName }));
          form.reset();
        },
      },
    );
  });

  return (
    <Dialog title={t('share.title')} onClose={onClose} size="wide">
      <p className="dialog-intro">
        <strong translate="no">{image.ImageName}</strong> <code className="id">{image.ImageId}</code>
      </p>
      <p className="notice notice-info">{t('share.regionNotice', { region: t.region(region) })}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="share-ids">{t('share.ids')}</label>
          <textarea
            id="share-ids"
            rows={3}
            value={text}
            onChange={(e) => form.set('ids', e.target.value)}
            onBlur={() => form.touch('ids')}
            // Marked invalid, the field says why: what blocks Share, and each ID's reason in the list below.
            aria-describedby={[
              'share-ids-hint share-count',
              blocked && 'share-blocked',
              (problems.length > 0 || serverRefused.length > 0) && 'share-entered',
            ]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={problems.length > 0 || serverRefused.length > 0 || Boolean(limit) || undefined}
            placeholder={t('share.idsPlaceholder', { example: '100000000002, 100000000003' })}
          />
          <p className="field-hint" id="share-ids-hint">
            {t('share.idsHint', { min: ACCOUNT_ID_MIN_DIGITS, max: ACCOUNT_ID_MAX_DIGITS })}
          </p>
        </div>
        <div className="share-count">
          <p id="share-count" className={limit ? 'count count-over' : 'count'} aria-live="polite">
            {t('share.count', { total, max: SHARE_RECIPIENTS_MAX })}
          </p>
          {blocked && (
            <p id="share-blocked" className="field-error">
              {blocked}
            </p>
          )}
        </div>
        {ids.length > 0 && (
          <ul id="share-entered" className="id-chips" aria-label={t('share.entered')}>
            {ids.map((id, index) => {
              const problem = problemOf(id, index);
              // Past the accounts left under the limit, an ID is not ready, though well formed.
              const over = !problem && limit && valid.indexOf(id) >= slots;
              return (
                <li key={`${id}-${index}`} className={problem || over ? 'chip chip-error' : 'chip chip-ok'}>
                  <code>{id}</code>{' '}
                  <span>
                    {problem ?? (over ? t('share.overLimit', { max: SHARE_RECIPIENTS_MAX }) : t('share.ready'))}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <FormError error={server && serverRefused.length === 0 ? server : undefined} />
        <PendingNote pending={share.isPending} />
        <div className="dialog-actions">
          <button
            type="submit"
            aria-disabled={share.isPending || Boolean(blocked) || undefined}
            aria-describedby={blocked ? 'share-blocked' : undefined}
          >
            {share.isPending ? t('share.pending') : t('share.submit')}
          </button>
        </div>
      </form>
      <h3>{t('share.current')}</h3>
      <RecipientList recipients={recipients} chosen={chosen} onToggle={toggle} loading={shares.isPending} />
      <RecipientActions
        sharing={sharing}
        removable={recipients.length > 0}
        closeLabel={t('common.done')}
        onClose={onClose}
      />
    </Dialog>
  );
}
