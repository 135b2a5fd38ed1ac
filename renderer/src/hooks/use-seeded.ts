import { useCallback, useEffect, useRef, useState } from 'react';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Seeded<T, F> {
  /** the form's own copy; null until the first answer */
  value: F | null;
  set(change: (current: F) => F): void;
  /** the answer the form was seeded from (its base) */
  base: T | null;
  /** the form differs from what its base would seed */
  dirty: boolean;
  /** a newer answer came while the form had unsaved edits: ask before taking it */
  changedElsewhere: boolean;
  /** take the newest answer, dropping the edits (the "reload?" button) */
  reload(): void;
  /** take a state just saved by this form as the new base */
  adopt(saved: T): void;
}

/**
 * A form seeded from a live query: seeded once from the first answer; later answers replace it only
 * while the user has changed nothing. With unsaved edits, a changed answer only raises
 * `changedElsewhere` — a refetch never overwrites what somebody typed.
 */
export function useSeeded<T, F>(data: T | null, seed: (answer: T) => F): Seeded<T, F> {
  const [base, setBase] = useState<T | null>(null);
  const [value, setValue] = useState<F | null>(null);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const seedRef = useRef(seed);
  seedRef.current = seed;
  const baseRef = useRef<T | null>(null);
  const dirty = base !== null && value !== null && !sameJson(value, seed(base));
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  const adopt = useCallback((next: T) => {
    baseRef.current = next;
    setBase(next);
    setValue(seedRef.current(next));
    setChangedElsewhere(false);
  }, []);

  useEffect(() => {
    if (data === null) return;
    const current = baseRef.current;
    if (current !== null && sameJson(current, data)) {
      setChangedElsewhere(false);
      return;
    }
    if (current !== null && dirtyRef.current) setChangedElsewhere(true);
    else adopt(data);
  }, [data, adopt]);

  const set = useCallback((change: (current: F) => F) => {
    setValue((current) => (current === null ? current : change(current)));
  }, []);

  const reload = useCallback(() => {
    if (data !== null) adopt(data);
  }, [data, adopt]);

  return { value, set, base, dirty, changedElsewhere, reload, adopt };
}
