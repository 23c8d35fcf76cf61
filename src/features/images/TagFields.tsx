import { useEffect, useRef } from 'react';
import { tagListProblems, TAGS_PER_RESOURCE_MAX, type Tag } from '../../rules/tags.ts';
import { ActionButton } from '../../ui/ActionButton.tsx';
import { Field } from '../../ui/Field.tsx';
import { useT } from '../../ui/i18n/I18n.tsx';

/** One row of the form: a tag as typed, with an ID of its own so that removing one keeps the others' focus and errors. */
export interface TagRow extends Tag {
  id: number;
}

export function tagRows(tags: readonly Tag[]): TagRow[] {
  return tags.map((t, id) => ({ id, Key: t.Key, Value: t.Value }));
}

export function tagsOfRows(rows: readonly TagRow[]): Tag[] {
  return rows.map(({ Key, Value }) => ({ Key, Value }));
}

/** The part of a dialog's form (useForm) the tags need: its `rows`, and when an error shows. */
interface TagForm {
  values: { rows: readonly TagRow[] };
  set(key: 'rows', value: TagRow[]): void;
  shown(key: string, message: string | undefined): string | undefined;
  touch(key: string): void;
}

/**
 * Tags as rows of key and value (Edit tags, Create, Import): each checked by the rules the API
 * applies, the error under its own field; at most TAGS_PER_RESOURCE_MAX, then "Add tag" says why not.
 */
export function TagFields({ form }: { form: TagForm }) {
  const t = useT();
  const { rows } = form.values;
  const { shown, touch } = form;
  const onChange = (next: TagRow[]) => form.set('rows', next);
  const problems = tagListProblems(tagsOfRows(rows));
  const box = useRef<HTMLFieldSetElement>(null);
  // The row whose key input takes the focus once rendered: one just added, or the one after a removed row.
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    const inputs = box.current?.querySelectorAll<HTMLElement>('[data-tag-key]') ?? [];
    (inputs[Math.min(at, inputs.length - 1)] ?? box.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [rows]);

  const full = rows.length >= TAGS_PER_RESOURCE_MAX;
  const change = (id: number, part: 'Key' | 'Value', text: string) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, [part]: text } : row)));
  const tooMany = problems.set?.index === undefined ? problems.set?.violation : undefined;

  return (
    <fieldset className="tag-fields" ref={box}>
      <legend>{t('field.tags')}</legend>
      {rows.length === 0 && <p className="field-hint">{t('tags.none')}</p>}
      {rows.map((row, i) => {
        const own = problems.rows[i];
        const twice = problems.set?.index === i ? problems.set.violation : undefined;
        return (
          <div className="tag-row" key={row.id}>
            <Field label={t('tags.key', { n: i + 1 })} error={shown(`tag-${row.id}-key`, t.rule(own?.Key ?? twice))}>
              <input
                data-tag-key=""
                value={row.Key}
                onChange={(e) => change(row.id, 'Key', e.target.value)}
                onBlur={() => touch(`tag-${row.id}-key`)}
              />
            </Field>
            <Field label={t('tags.value', { n: i + 1 })} error={shown(`tag-${row.id}-value`, t.rule(own?.Value))}>
              <input
                value={row.Value}
                onChange={(e) => change(row.id, 'Value', e.target.value)}
                onBlur={() => touch(`tag-${row.id}-value`)}
              />
            </Field>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                onChange(rows.filter((other) => other.id !== row.id));
                focusAt.current = i;
              }}
            >
              {t('tags.remove', { n: i + 1 })}
            </button>
          </div>
        );
      })}
      {tooMany && <p className="field-error">{shown('tags', t.rule(tooMany))}</p>}
      <p className="field-hint">{t('tags.hint', { count: rows.length, max: TAGS_PER_RESOURCE_MAX })}</p>
      <ActionButton
        label={t('tags.add')}
        reason={full ? t('tags.full', { max: TAGS_PER_RESOURCE_MAX }) : undefined}
        onClick={() => {
          onChange([...rows, { id: Math.max(-1, ...rows.map((r) => r.id)) + 1, Key: '', Value: '' }]);
          focusAt.current = rows.length;
        }}
      />
    </fieldset>
  );
}
