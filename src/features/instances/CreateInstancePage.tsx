import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { imageQueries } from '../../api/image-queries.ts';
import { instanceQueries, useRunInstances } from '../../api/instance-queries.ts';
import { INSTANCE_NAME_MAX, RUN_INSTANCES_COUNT_MAX, SYSTEM_DISK_MAX_GB } from '../../rules/common.ts';
import { architectureLabels, type Image } from '../../rules/images.ts';
import {
  defaultSystemDiskSize,
  findInstanceType,
  launchImageViolation,
  zoneViolation,
  type InstanceTypeConfig,
  type InstanceTypeSpec,
  type PriceBreakdown,
} from '../../rules/instances.ts';
import { feeLabel, formatPrice, instancePricePerHour, regionCurrency } from '../../rules/pricing.ts';
import { findRegion, regionLabel } from '../../rules/regions.ts';
import { wizardProblems, wizardSettings } from '../../rules/wizard.ts';
import { renderMessage } from '../../rules/messages/render.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { PendingNote } from '../../ui/PendingNote.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAccount } from '../account/use-account.ts';
import { serverError } from '../../api/server-error.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useRegion } from '../regions/use-region.ts';
import { ImagePicker } from './ImagePicker.tsx';
import { steps, useWizardState, type StepKey, type WizardState } from './wizard-state.ts';
import { instancesPath } from '../paths.ts';

export function CreateInstancePage() {
  const account = useAccount();
  const [region] = useRegion();
  const [state, update] = useWizardState();
  const navigate = useNavigate();
  const toast = useToast();
  const regionInfo = findRegion(region);
  const types = useQuery(instanceQueries.typeConfigs(account, region));
  const imageQuery = useQuery({
    ...imageQueries.detail(account, region, state.imageId),
    enabled: state.imageId !== '',
  });
  const image = state.imageId ? imageQuery.data : undefined;
  const type = findInstanceType(state.type);
  const settings = wizardSettings(state, image);
  const { diskSize, count } = settings;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Arriving from "Launch instance" on an image: choose a zone and a type that fit it.
  const prefilled = useRef(false);
  useEffect(() => {
    if (prefilled.current || !image || !regionInfo || !types.data) return;
    prefilled.current = true;
    const change: Partial<WizardState> = {};
    if (!state.zone) change.zone = regionInfo.zones.find((z) => z.ZoneState === 'AVAILABLE')?.Zone ?? '';
    if (!state.type) {
      const fit = types.data.InstanceTypeConfigSet.find(
        (c) =>
          c.Zone === (change.zone ?? state.zone) &&
          launchImageViolation(image, findInstanceType(c.InstanceType)) === undefined &&
          c.CPU >= 2,
      );
      if (fit) change.type = fit.InstanceType;
    }
    if (Object.keys(change).length > 0) update(change);
  }, [image, regionInfo, types.data, state.zone, state.type, update]);

  // Each step's verdict, from the rules module.
  const problems = wizardProblems(state, {
    regionId: region,
    zones: regionInfo?.zones ?? [],
    offers: types.data?.InstanceTypeConfigSet,
    image: !state.imageId
      ? undefined
      : (imageQuery.data ?? (imageQuery.isPending ? 'loading' : imageQuery.isSuccess ? 'missing' : undefined)),
  });

  const stepIndex = steps.findIndex((s) => s.key === state.step);
  const firstBlocked = steps.findIndex((s) => problems[s.key] !== undefined);
  const go = (step: StepKey) => {
    update({ step }, { push: true });
    headingRef.current?.focus();
  };
  const next = () => {
    const problem = problems[state.step];
    if (problem) return;
    go(steps[stepIndex + 1]!.key);
  };

  const request = {
    Placement: { Zone: state.zone },
    InstanceType: state.type,
    ImageId: state.imageId,
    SystemDisk: { DiskType: 'CLOUD_PREMIUM' as const, DiskSize: diskSize },
    InstanceCount: count,
    ...(state.name ? { InstanceName: state.name } : {}),
  };
  const ready = firstBlocked === -1 || firstBlocked >= steps.length - 1;
  const price = useQuery({
    ...instanceQueries.price(account, region, request),
    enabled: state.step === 'review' && ready,
  });
  const run = useRunInstances(region);
  const launch = () => {
    if (!ready || run.isPending) return;
    run.mutate(request, {
      onSuccess: (res) => {
        toast.show(
          `Launching ${res.InstanceIdSet.length} instance${res.InstanceIdSet.length === 1 ? '' : 's'}: ${res.InstanceIdSet.join(', ')}.`,
        );
        navigate(instancesPath(region));
      },
    });
  };
  const runError = serverError(run.error);

  return (
    <section aria-labelledby="wizard-heading" className="wizard">
      <h1 id="wizard-heading" tabIndex={-1} ref={headingRef}>
        Create instance
      </h1>
      <p className="lead">
        In {regionInfo?.name ?? region}. Change the region with the Region selector at the top; images and zones follow
        it.
      </p>
      {firstBlocked !== -1 && firstBlocked < steps.length - 1 && (
        <span id="steps-blocked" className="visually-hidden">
          Complete step {firstBlocked + 1}, {steps[firstBlocked]!.label}, first:{' '}
          {renderMessage(problems[steps[firstBlocked]!.key])}
        </span>
      )}
      <ol className="steps" aria-label="Steps">
        {steps.map((s, i) => (
          <li key={s.key} aria-current={s.key === state.step ? 'step' : undefined}>
            <button
              type="button"
              className="step-button"
              aria-disabled={(firstBlocked !== -1 && i > firstBlocked) || undefined}
              aria-describedby={firstBlocked !== -1 && i > firstBlocked ? 'steps-blocked' : undefined}
              onClick={() => {
                if (firstBlocked === -1 || i <= firstBlocked) go(s.key);
              }}
            >
              <span className="step-number">{i + 1}</span> {s.label}
              {problems[s.key] === undefined && s.key !== 'review' && <span className="visually-hidden"> (done)</span>}
            </button>
          </li>
        ))}
      </ol>

      <div className="step-body">
        <h2>{steps[stepIndex]!.label}</h2>
        {state.step === 'location' && regionInfo && (
          <fieldset className="choice-grid">
            <legend>Availability zone in {regionInfo.city}</legend>
            {regionInfo.zones.map((z) => {
              const soldOut = zoneViolation(z);
              const id = `zone-${z.Zone}`;
              return (
                <div key={z.Zone} className={soldOut ? 'choice disabled' : 'choice'}>
                  <input
                    type="radio"
                    name="zone"
                    id={id}
                    checked={state.zone === z.Zone}
                    disabled={Boolean(soldOut)}
                    onChange={() => update({ zone: z.Zone })}
                    aria-describedby={soldOut ? `${id}-reason` : undefined}
                  />
                  <label htmlFor={id}>
                    {z.ZoneName} <span className="muted">({z.Zone})</span>
                  </label>
                  {soldOut && (
                    <span id={`${id}-reason`} className="reason">
                      Sold out
                    </span>
                  )}
                </div>
              );
            })}
          </fieldset>
        )}

        {state.step === 'type' && (
          <TypeStep
            configs={types.data?.InstanceTypeConfigSet.filter((c) => c.Zone === state.zone) ?? []}
            region={region}
            loading={types.isPending}
            chosen={state.type}
            image={image}
            onChoose={(t) => update({ type: t })}
          />
        )}

        {state.step === 'image' && (
          <>
            {image && <ImageSummary image={image} region={region} />}
            <ImagePicker
              region={region}
              type={type}
              chosenId={state.imageId}
              onChoose={(img) => update({ imageId: img.ImageId, disk: null })}
            />
          </>
        )}

        {state.step === 'settings' && image && (
          <div className="form-grid">
            <Field
              label="System disk (GB)"
              hint={`At least ${image.ImageSize} GB (the image), at most ${SYSTEM_DISK_MAX_GB} GB. Premium cloud disk.`}
              error={renderMessage(settings.fields.disk)}
            >
              <input
                type="number"
                inputMode="numeric"
                min={image.ImageSize}
                max={SYSTEM_DISK_MAX_GB}
                value={state.disk ?? String(defaultSystemDiskSize(image))}
                onChange={(e) => update({ disk: e.target.value })}
              />
            </Field>
            <Field
              label="Instance name (optional)"
              hint={`Up to ${INSTANCE_NAME_MAX} characters; several instances get -1, -2… appended.`}
              error={renderMessage(settings.fields.name)}
            >
              <input value={state.name} onChange={(e) => update({ name: e.target.value })} />
            </Field>
            <Field
              label="Number of instances"
              hint={`1 to ${RUN_INSTANCES_COUNT_MAX}`}
              error={renderMessage(settings.fields.count)}
            >
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={RUN_INSTANCES_COUNT_MAX}
                value={state.count}
                onChange={(e) => update({ count: e.target.value })}
              />
            </Field>
            {image.SnapshotSet.some((s) => s.DiskUsage === 'DATA_DISK') && (
              <div className="notice notice-info">
                This image includes data-disk snapshots, so each instance also gets{' '}
                {image.SnapshotSet.filter((s) => s.DiskUsage === 'DATA_DISK')
                  .map((s) => `a ${s.DiskSize} GB data disk`)
                  .join(' and ')}{' '}
                restored from them.
              </div>
            )}
          </div>
        )}

        {state.step === 'review' && (
          <Review
            state={state}
            region={region}
            image={image}
            type={type}
            diskSize={diskSize}
            count={count}
            price={price.data?.Price.Breakdown}
            priceError={price.error}
            pricePending={price.isFetching}
          />
        )}

        <p id="step-problem" className="field-error" role="status">
          {renderMessage(problems[state.step]) ?? ''}
        </p>
        {state.step === 'review' && firstBlocked !== -1 && firstBlocked < steps.length - 1 && (
          <p id="review-problem" className="field-error" role="alert">
            Step {firstBlocked + 1}, {steps[firstBlocked]!.label}, needs attention:{' '}
            {renderMessage(problems[steps[firstBlocked]!.key])}
          </p>
        )}
        <FormError error={runError} />
        <PendingNote pending={run.isPending} />
      </div>

      <div className="wizard-actions">
        {stepIndex > 0 && (
          <button type="button" className="secondary" onClick={() => go(steps[stepIndex - 1]!.key)}>
            Back
          </button>
        )}
        {state.step !== 'review' ? (
          <button
            type="button"
            onClick={next}
            aria-disabled={Boolean(problems[state.step]) || undefined}
            aria-describedby={problems[state.step] ? 'step-problem' : undefined}
          >
            Next: {steps[stepIndex + 1]!.label}
          </button>
        ) : (
          <button
            type="button"
            onClick={launch}
            aria-disabled={!ready || run.isPending || undefined}
            aria-describedby={!ready ? 'review-problem' : undefined}
          >
            {run.isPending ? 'Launching…' : 'Launch'}
          </button>
        )}
      </div>
    </section>
  );
}

function TypeStep({
  configs,
  region,
  loading,
  chosen,
  image,
  onChoose,
}: {
  configs: InstanceTypeConfig[];
  region: string;
  loading: boolean;
  chosen: string;
  image: Image | undefined;
  onChoose: (type: string) => void;
}) {
  if (loading) return <p>Loading instance types…</p>;
  if (configs.length === 0) return <p className="empty">Choose an availability zone first.</p>;
  return (
    <fieldset className="type-table">
      <legend>Instance type</legend>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Family</th>
            <th scope="col">vCPU</th>
            <th scope="col">Memory</th>
            <th scope="col">Architecture</th>
            <th scope="col">Price</th>
          </tr>
        </thead>
        <tbody>
          {configs.map((c) => {
            const id = `type-${c.InstanceType}`;
            const misfit = image ? launchImageViolation(image, findInstanceType(c.InstanceType)) : undefined;
            return (
              <tr key={c.InstanceType} className={chosen === c.InstanceType ? 'selected' : undefined}>
                <td>
                  <input
                    type="radio"
                    name="instance-type"
                    id={id}
                    checked={chosen === c.InstanceType}
                    onChange={() => onChoose(c.InstanceType)}
                    aria-describedby={misfit ? `${id}-note` : undefined}
                  />{' '}
                  <label htmlFor={id}>{c.InstanceType}</label>
                  {misfit && (
                    <span id={`${id}-note`} className="reason">
                      Does not run the chosen image
                    </span>
                  )}
                </td>
                <td>{c.FamilyName}</td>
                <td>{c.CPU}</td>
                <td>{c.Memory} GB</td>
                <td>{architectureLabels[c.Architecture]}</td>
                <td>
                  {formatPrice(instancePricePerHour(c, region), { currency: regionCurrency(region), per: 'hour' })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

function ImageSummary({ image, region }: { image: Image; region: string }) {
  return (
    <div className="image-summary" aria-label="Chosen image" role="group">
      <strong>Chosen: {image.ImageName}</strong> <code className="id">{image.ImageId}</code>
      <span>
        {image.OsName} · {architectureLabels[image.Architecture]} · {image.ImageSize} GB · {feeLabel(image, region)}
      </span>
      {image.ImageType === 'SHARED_IMAGE' && (
        <span className="reason">Shared by account {image.ImageCreator}; not reviewed by the platform.</span>
      )}
    </div>
  );
}

function Review(props: {
  state: WizardState;
  region: string;
  image: Image | undefined;
  type: InstanceTypeSpec | undefined;
  diskSize: number;
  count: number;
  price: PriceBreakdown | undefined;
  priceError: Error | null;
  pricePending: boolean;
}) {
  const { state, region, image, type, diskSize, count, price, priceError, pricePending } = props;
  const money = (n: number) => (price ? formatPrice(n, { currency: price.Currency }) : '');
  return (
    <>
      <dl className="details">
        <dt>Location</dt>
        <dd>
          {regionLabel(region)}, {state.zone}
        </dd>
        <dt>Instance type</dt>
        <dd>
          {type
            ? `${type.InstanceType} · ${type.CPU} vCPU, ${type.Memory} GB · ${architectureLabels[type.Architecture]}`
            : state.type}
        </dd>
        <dt>Image</dt>
        <dd>{image ? `${image.ImageName} (${image.ImageId}) · ${image.OsName}` : state.imageId}</dd>
        <dt>System disk</dt>
        <dd>{diskSize} GB premium cloud disk</dd>
        <dt>Name</dt>
        <dd>{state.name || 'Unnamed'}</dd>
        <dt>Instances</dt>
        <dd>{count}</dd>
      </dl>
      <h3>Price per hour</h3>
      {priceError ? (
        <ErrorMessage error={priceError} />
      ) : !price ? (
        <p>{pricePending ? 'Asking for the price…' : 'The price shows once every step is complete.'}</p>
      ) : (
        <table className="data-table compact price-table" aria-busy={pricePending}>
          <caption className="visually-hidden">Price breakdown</caption>
          <tbody>
            <tr>
              <th scope="row">Instance ({type?.InstanceType})</th>
              <td>{money(price.InstancePerHour)}</td>
            </tr>
            <tr>
              <th scope="row">Image fee</th>
              <td>
                {money(price.ImageFeePerHour)} <span className="muted">{price.ImageFeeNote}</span>
              </td>
            </tr>
            <tr>
              <th scope="row">System disk ({diskSize} GB)</th>
              <td>{money(price.SystemDiskPerHour)}</td>
            </tr>
            {price.DataDisksPerHour > 0 && (
              <tr>
                <th scope="row">Data disks</th>
                <td>{money(price.DataDisksPerHour)}</td>
              </tr>
            )}
            <tr className="total">
              <th scope="row">Total{count > 1 ? ` for ${count} instances` : ''}</th>
              <td>
                <strong>{money(price.TotalPerHour)}</strong> per hour
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </>
  );
}
