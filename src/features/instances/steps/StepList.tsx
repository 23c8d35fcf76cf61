import type { Message } from '../../../rules/messages/params.ts';
import { useT } from '../../../ui/i18n/I18n.tsx';
import { steps, type StepKey } from '../wizard-state.ts';

/**
 * The steps as buttons: a step after the first incomplete one is refused (aria-disabled), and says
 * which step to complete first.
 */
export function StepList({
  current,
  problems,
  firstBlocked,
  onGo,
}: {
  current: StepKey;
  problems: Record<StepKey, Message | undefined>;
  firstBlocked: number;
  onGo: (step: StepKey) => void;
}) {
  const t = useT();
  const blocked = firstBlocked !== -1 && firstBlocked < steps.length - 1;
  return (
    <>
      {blocked && (
        <span id="steps-blocked" className="visually-hidden">
          {t('wizard.completeFirst', {
            number: firstBlocked + 1,
            step: t(steps[firstBlocked]!.label),
            problem: t.rule(problems[steps[firstBlocked]!.key]) ?? '',
          })}
        </span>
      )}
      <ol className="steps" aria-label={t('wizard.steps')}>
        {steps.map((s, i) => (
          <li key={s.key} aria-current={s.key === current ? 'step' : undefined}>
            <button
              type="button"
              className="step-button"
              aria-disabled={(firstBlocked !== -1 && i > firstBlocked) || undefined}
              aria-describedby={firstBlocked !== -1 && i > firstBlocked ? 'steps-blocked' : undefined}
              onClick={() => {
                if (firstBlocked === -1 || i <= firstBlocked) onGo(s.key);
              }}
            >
              <span className="step-number">{i + 1}</span> <span className="step-label">{t(s.label)}</span>
              {problems[s.key] === undefined && s.key !== 'review' && (
                <span className="visually-hidden"> {t('wizard.stepDone')}</span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
