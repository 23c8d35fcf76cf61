import { searchTextViolation } from '../../rules/describe.ts';
import { useT } from '../../ui/i18n/I18n.tsx';

interface Props {
  /** The input's ID; its error's is `<id>-error`. */
  id: string;
  value: string;
  onChange: (text: string) => void;
  placeholder?: string;
}

/**
 * "Search images", on the images page and in the wizard's picker: a search longer than the API
 * takes is refused here, in the box's words, and the caller asks for nothing (searchTextViolation).
 */
export function SearchBox({ id, value, onChange, placeholder }: Props) {
  const t = useT();
  const tooLong = searchTextViolation(value.trim());
  return (
    <div className="field-inline search">
      <label htmlFor={id}>{t('images.search')}</label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        value={value}
        aria-invalid={tooLong ? true : undefined}
        aria-describedby={tooLong ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {tooLong && (
        <p className="field-error" id={`${id}-error`}>
          {t.rule(tooLong)}
        </p>
      )}
    </div>
  );
}
