import { useT } from './i18n/I18n.tsx';

interface Props {
  label: string;
  /** 0 to 100; undefined when the progress is not known. */
  value?: number;
}

export function ProgressBar({ label, value }: Props) {
  const t = useT();
  return (
    <span className="progress">
      <progress aria-label={label} max={100} value={value} />
      {value !== undefined && <span className="progress-text">{t.format.percent(value)}</span>}
    </span>
  );
}
