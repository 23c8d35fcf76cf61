import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { instanceQueries } from '../../api/instance-queries.ts';
import { createImageFromInstanceViolation } from '../../rules/instances.ts';
import { findRegion } from '../../rules/regions.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAccount } from '../account/use-account.ts';
import { useRegion } from '../regions/use-region.ts';
import { createInstancePath } from '../paths.ts';

const CreateImageDialog = lazy(async () => ({
  default: (await import('../images/CreateImageDialog.tsx')).CreateImageDialog,
}));

const stateLabels: Record<string, string> = { PENDING: 'Launching', RUNNING: 'Running', STOPPED: 'Stopped' };

export function InstancesPage() {
  const account = useAccount();
  const [region] = useRegion();
  const query = useQuery(instanceQueries.list(account, region));
  const regionName = findRegion(region)?.name ?? region;
  const [imageFrom, setImageFrom] = useState<string | null>(null);
  return (
    <section aria-labelledby="instances-heading">
      <h1 id="instances-heading">Instances</h1>
      <p className="lead">
        Your instances in {regionName}. <Link to={createInstancePath(region)}>Create instance</Link>
      </p>
      {query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p>Loading instances…</p>
      ) : query.data.InstanceSet.length === 0 ? (
        <p className="empty">You have no instances in {regionName}. Choose another region above.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Instances in {regionName}</caption>
          <thead>
            <tr>
              <th scope="col">Name and ID</th>
              <th scope="col">State</th>
              <th scope="col">Zone</th>
              <th scope="col">Type</th>
              <th scope="col">Image</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {query.data.InstanceSet.map((i) => (
              <tr key={i.InstanceId}>
                <td>
                  <span className="name">{i.InstanceName}</span>
                  <code className="id">{i.InstanceId}</code>
                </td>
                <td>{stateLabels[i.InstanceState] ?? i.InstanceState}</td>
                <td>{i.Placement.Zone}</td>
                <td>
                  {i.InstanceType} · {i.CPU} vCPU, {i.Memory} GB
                </td>
                <td>
                  {i.OsName} <code className="id">{i.ImageId}</code>
                </td>
                <td>
                  <ActionButton
                    label="Create custom image"
                    variant="link"
                    reason={renderMessage(createImageFromInstanceViolation(i))}
                    onClick={() => setImageFrom(i.InstanceId)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
