import { useRef, useState } from 'react';
import { useNavigate } from '../router.tsx';
import { useRunInstances } from '../../api/instance-queries.ts';
import { serverError } from '../../api/server-error.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useT, useTitle } from '../../ui/i18n/I18n.tsx';
import { PendingNote } from '../../ui/PendingNote.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useAccount } from '../account/use-account.ts';
import { instancesPath } from '../paths.ts';
import { recordLaunch } from '../picks/picks-store.ts';
import { ImageStep, ImageSummary } from './steps/ImageStep.tsx';
import { StepPrice } from './steps/StepPrice.tsx';
import { LocationStep } from './steps/LocationStep.tsx';
import { ReviewStep } from './steps/ReviewStep.tsx';
import { SettingsStep } from './steps/SettingsStep.tsx';
import { StepList } from './steps/StepList.tsx';
import { TypeStep } from './steps/TypeStep.tsx';
import { useWizard } from './steps/use-wizard.ts';
import { steps, type StepKey } from './wizard-state.ts';

/** The instance-creation wizard: five steps, each checked by the rules before the next, then Launch. */
export function CreateInstancePage() {
  const t = useT();
  useTitle(t('wizard.heading'));
  const wizard = useWizard();
  const { region, regionInfo, state, update, types, image, type, settings, problems, firstBlocked, ready } = wizard;
  const navigate = useNavigate();
  const toast = useToast();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stepIndex = steps.findIndex((s) => s.key === state.step);
  // The steps whose Next a person pressed while the step was incomplete: only there is its problem an
  // error; before that it is the step's instruction, not a reproach.
  const [tried, setTried] = useState<ReadonlySet<StepKey>>(new Set());
  const problem = problems[state.step];
  // A problem the step shows beside its field (settings) or in the chosen image's summary is not said twice.
  const saidInStep = state.step === 'settings' || (state.step === 'image' && image !== undefined);
  const offers = types.data?.InstanceTypeConfigSet;

  const go = (step: StepKey) => {
    update({ step }, { push: true });
    headingRef.current?.focus();
  };
  const next = () => {
    if (problem) {
      setTried((prev) => new Set(prev).add(state.step));
      return;
    }
    go(steps[stepIndex + 1]!.key);
  };

  const account = useAccount();
  const run = useRunInstances(region);
  const launch = () => {
    if (!ready || run.isPending) return;
    run.mutate(wizard.request, {
      onSuccess: (res) => {
        recordLaunch(account, wizard.request.ImageId, region);
        toast.show(t('wizard.launched', { count: res.InstanceIdSet.length, ids: t.format.list(res.InstanceIdSet) }));
        navigate(instancesPath(region));
      },
    });
  };

  return (
    <section aria-labelledby="wizard-heading" className="wizard">
      <h1 id="wizard-heading" tabIndex={-1} ref={headingRef}>
        {t('wizard.heading')}
      </h1>
      <p className="lead">{t('wizard.lead', { region: t.regionName(region) })}</p>
      <StepList current={state.step} problems={problems} firstBlocked={firstBlocked} onGo={go} />

      <div className="step-body">
        <h2>{t(steps[stepIndex]!.label)}</h2>
        {state.step === 'location' && regionInfo && (
          <LocationStep region={regionInfo} chosen={state.zone} onChoose={(zone) => update({ zone })} />
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
          <ImageStep
            region={region}
            image={image}
            chosenId={state.imageId}
            problem={problem}
            type={type}
            offers={offers}
            onChoose={(img) => update({ imageId: img.ImageId, disk: null })}
          />
        )}
        {state.step === 'settings' && image && (
          <>
            <ImageSummary image={image} region={region} onChange={() => go('image')} />
            <SettingsStep image={image} state={state} settings={settings} onChange={update} />
          </>
        )}
        {state.step === 'review' && (
          <ReviewStep
            state={state}
            region={region}
            image={image}
            type={type}
            diskSize={settings.diskSize}
            count={settings.count}
            price={wizard.price.data?.Price}
            priceError={wizard.price.error}
            pricePending={wizard.price.isFetching}
          />
        )}

        <p
          id="step-problem"
          className={saidInStep ? 'visually-hidden' : tried.has(state.step) ? 'field-error' : 'field-hint'}
          role="status"
        >
          {t.rule(problem) ?? ''}
        </p>
        {state.step !== 'review' && <StepPrice region={region} type={type} image={image} settings={settings} />}
        {state.step === 'review' && !ready && (
          <p id="review-problem" className="field-error" role="alert">
            {t('wizard.needsAttention', {
              number: firstBlocked + 1,
              step: t(steps[firstBlocked]!.label),
              problem: t.rule(problems[steps[firstBlocked]!.key]) ?? '',
            })}
          </p>
        )}
        <FormError error={serverError(run.error)} />
        <PendingNote pending={run.isPending} />
      </div>

      <div className="wizard-actions">
        {stepIndex > 0 && (
          <button type="button" className="secondary" onClick={() => go(steps[stepIndex - 1]!.key)}>
            {t('wizard.back')}
          </button>
        )}
        {state.step !== 'review' ? (
          <button
            type="button"
            onClick={next}
            aria-disabled={Boolean(problem) || undefined}
            aria-describedby={problem ? 'step-problem' : undefined}
          >
            {t('wizard.next', { step: t(steps[stepIndex + 1]!.label) })}
          </button>
        ) : (
          <button
            type="button"
            onClick={launch}
            aria-disabled={!ready || run.isPending || undefined}
            aria-describedby={!ready ? 'review-problem' : undefined}
          >
            {run.isPending ? t('wizard.launching') : t('wizard.launch')}
          </button>
        )}
      </div>
    </section>
  );
}
