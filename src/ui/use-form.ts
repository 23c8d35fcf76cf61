import { useCallback, useState } from 'react';

/** The keys of a form's fields that hold a set (the regions or recipients chosen). */
type SetKeys<T> = { [K in keyof T]: T[K] extends ReadonlySet<string> ? K : never }[keyof T];

/**
 * The one way a dialog holds its form: the values, and when to show errors. A field's error shows
 * once the field was left or a submit was tried, so a person is not scolded while still typing the
 * first letter; a refused submit changes no value, so what was typed stays.
 */
export function useForm<T extends Record<string, unknown>>(initial: T) {
  const [start] = useState(initial);
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
  }, []);
  /** Add a member to a set field, or take it out if it is there. */
  const toggle = useCallback((key: SetKeys<T>, member: string) => {
    setValues((prev) => {
      const next = new Set(prev[key] as ReadonlySet<string>);
      if (next.has(member)) next.delete(member);
      else next.add(member);
      return { ...prev, [key]: next };
    });
  }, []);
  const touch = useCallback((key: string) => setTouched((prev) => new Set(prev).add(key)), []);
  const shown = useCallback(
    (key: string, message: string | undefined) => (submitted || touched.has(key) ? message : undefined),
    [submitted, touched],
  );
  /** A submit handler: from now on every error shows, then `send` checks what it needs and sends. */
  const submit = useCallback(
    (send: () => void) => (event?: { preventDefault(): void }) => {
      event?.preventDefault();
      setSubmitted(true);
      send();
    },
    [],
  );
  /** Back to the values the form started with, after a success that keeps the dialog open. */
  const reset = useCallback(() => {
    setValues(start);
    setTouched(new Set());
    setSubmitted(false);
  }, [start]);
  return { values, set, toggle, touch, shown, submitted, submit, reset };
}
