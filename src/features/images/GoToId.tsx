import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from '../router.tsx';
import { instanceRegionQuery } from '../../api/region-of.ts';
import { IMAGE_ID_PATTERN, INSTANCE_ID_PATTERN } from '../../rules/ids.ts';
import { errorText, type RequestFailure } from '../../ui/error-text.ts';
import { useT } from '../../ui/i18n/I18n.tsx';
import { useAccount } from '../account/use-account.ts';
import { useRegion } from '../regions/use-region.ts';
import { instancesPath, routes } from '../paths.ts';

type Problem = { key: 'goTo.malformed' } | { key: 'goTo.notFound'; id: string } | { failed: RequestFailure };

/**
 * "Go to ID" in the header: an image ID opens its page (which finds its region), an instance ID
 * the instances of the region it is in, its row marked and focused. Anything else is said beside the box, before any request.
 */
export function GoToId() {
  const t = useT();
  const account = useAccount();
  const [region] = useRegion();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [looking, setLooking] = useState(false);
  const inputId = useId();
  const messageId = useId();

  const go = async (event: FormEvent) => {
    event.preventDefault();
    const id = text.trim().toLowerCase();
    setProblem(null);
    if (IMAGE_ID_PATTERN.test(id)) {
      setText('');
      return navigate(`${routes.images}/${id}`);
    }
    if (!INSTANCE_ID_PATTERN.test(id)) return setProblem({ key: 'goTo.malformed' });
    setLooking(true);
    try {
      const found = await queryClient.fetchQuery(instanceRegionQuery(account, region, id));
      if (!found) return setProblem({ key: 'goTo.notFound', id });
      setText('');
      await navigate(instancesPath(found, id));
    } catch (e) {
      setProblem({ failed: e as RequestFailure });
    } finally {
      setLooking(false);
    }
  };

  const message = looking
    ? t('goTo.looking')
    : !problem
      ? ''
      : 'failed' in problem
        ? errorText(t, problem.failed)
        : problem.key === 'goTo.notFound'
          ? t('goTo.notFound', { id: problem.id })
          : t(problem.key);
  return (
    <form className="go-to-id" role="search" aria-label={t('goTo.label')} onSubmit={(e) => void go(e)}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('goTo.label')}
      </label>
      <input
        id={inputId}
        type="search"
        value={text}
        placeholder={t('goTo.placeholder')}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={messageId}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="secondary" aria-disabled={looking || undefined}>
        {t('goTo.submit')}
      </button>
      <span id={messageId} className={problem ? 'go-to-id-message field-error' : 'go-to-id-message'} aria-live="polite">
        {message}
      </span>
    </form>
  );
}
