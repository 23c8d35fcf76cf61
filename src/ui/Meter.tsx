interface Props {
  label: string;
  value: number;
  max: number;
  /** The words a person reads, e.g. "8 of 10 used in Guangzhou". */
  text: string;
}

/** A quota meter: ARIA meter semantics, with the figures in words beside the bar. */
export function Meter({ label, value, max, text }: Props) {
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  const tone = ratio >= 1 ? 'full' : ratio >= 0.8 ? 'high' : 'ok';
  return (
    <div className="meter">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
        className={`meter-track meter-${tone}`}
      >
        <div className="meter-fill" style={{ width: `${ratio * 100}%` }} />
      </div>
      <span className="meter-text">{text}</span>
    </div>
  );
}
