import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps } from 'react';
import { Link, useSearchParams } from '../router.tsx';
import { instanceQueries } from '../../api/instance-queries.ts';
import { createImageFromInstanceViolation } from '../../rules/instances.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { MessagesOf, useT, useTitle } from '../../ui/i18n/I18n.tsx';
import { useAccount } from '../account/use-account.ts';
import { useRegion } from '../regions/use-region.ts';
import { createInstancePath } from '../paths.ts';
import type { UiKey } from '../../ui/i18n/params.ts';

// The dialog's code, then its words (the `dialogs` part, asked for with the code: see the button).
const CreateImageDialog = lazy(async () => {
  const { CreateImageDialog: Dialog } = await import('../images/CreateImageDialog.tsx');
  return {
    default: (props: ComponentProps<typeof Dialog>) => (
      <MessagesOf part="dialogs">
        <Dialog {...props} />
      </MessagesOf>
    ),
  };
});

const stateKeys: Record<string, UiKey> = {
  PENDING: 'instances.state.PENDING',
  RUNNING: 'instances.state.RUNNING',
  STOPPED: 'instances.state.STOPPED',
};

export function InstancesPage() {
  const t = useT();
  useTitle(t('instances.heading'));
  const account = useAccount();
  const [region] = useRegion();
  const query = useQuery(instanceQueries.list(account, region));
  const regionName = t.regionName(region);
  const [imageFrom, setImageFrom] = useState<string | null>(null);
  // "Go to ID" names an instance: its row is marked and focused (which scrolls it into view) once listed.
  const wanted = useSearchParams()[0].get('instance');
  const wantedRow = useRef<HTMLTableRowElement>(null);
  const listed = query.data !== undefined;
  useEffect(() => {
    if (listed) wantedRow.current?.focus();
  }, [listed, wanted]);
  return (
    <section aria-labelledby="instances-heading">
      <h1 id="instances-heading">{t('instances.heading')}</h1>
      <p className="lead">
        {t.rich('instances.lead', {
          region: regionName,
          link: <Link to={createInstancePath(region)}>{t('nav.createInstance')}</Link>,
        })}
      </p>
      {query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p>{t('createImage.loadingInstances')}</p>
      ) : query.data.InstanceSet.length === 0 ? (
        <p className="empty">{t('instances.empty', { region: regionName })}</p>
      ) : (
        // On a phone each instance is a card (src/ui/table.css), each fact named by its column;
        // a translation longer than the wider table was laid out for scrolls in its box, not the page.
        <div className="table-wrap">
          <table className="data-table card-table">
            <caption className="visually-hidden">{t('instances.caption', { region: regionName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('field.nameAndId')}</th>
                <th scope="col">{t('field.state')}</th>
                <th scope="col">{t('instances.zone')}</th>
                <th scope="col">{t('instances.type')}</th>
                <th scope="col">{t('instances.image')}</th>
                <th scope="col">{t('field.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.InstanceSet.map((i) => (
                <tr
                  key={i.InstanceId}
                  {...(i.InstanceId === wanted && { ref: wantedRow, tabIndex: -1, 'aria-current': true })}
                >
                  <td>
                    <span className="name" translate="no">
                      {i.InstanceName}
                    </span>
                    <code className="id">{i.InstanceId}</code>
                  </td>
                  <td data-label={t('field.state')}>
                    {i.InstanceState in stateKeys ? t(stateKeys[i.InstanceState]!) : i.InstanceState}
                  </td>
                  <td data-label={t('instances.zone')} translate="no">
                    {i.Placement.Zone}
                  </td>
                  <td data-label={t('instances.type')}>
                    {t('instances.typeValue', {
                      type: i.InstanceType,
                      cpu: i.CPU,
                      memory: t.format.gigabytes(i.Memory),
                    })}
                  </td>
                  <td data-label={t('instances.image')}>
                    <span translate="no">{t.format.osName(i.OsName)}</span> <code className="id">{i.ImageId}</code>
                  </td>
                  <td className="actions-cell">
                    <ActionButton
                      label={t('createImage.title')}
                      variant="link"
                      reason={t.rule(createImageFromInstanceViolation(i))}
                      onClick={() => {
                        void t.need('dialogs'); // with the dialog's code, not after it
                        setImageFrom(i.InstanceId);
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {imageFrom && (
        <Suspense fallback={null}>
          <CreateImageDialog
            region={region}
            instanceId={imageFrom}
            onClose={() => setImageFrom(null)}
            onDone={() => setImageFrom(null)}
          />
        </Suspense>
      )}
    </section>
  );
}
