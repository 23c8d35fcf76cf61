import { useCallback, useState } from 'react';

/**
 * Form values plus when to show errors: a field's error shows once the field was left
 * or a submit was tried, so a person is not scolded while still typing the first letter.
 */
export function useForm<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
  }, []);
  const touch = useCallback((key: string) => setTouched((prev) => new Set(prev).add(key)), []);
  const shown = useCallback(
    (key: string, message: string | undefined) => (submitted || touched.has(key) ? message : undefined),
    [submitted, touched],
  );
  return { values, set, touch, shown, submitted, setSubmitted };
}
