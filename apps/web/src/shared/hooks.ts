import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

/**
 * The ids a list held when it first loaded (null until it has): the ones arriving later are news. Kept in state,
 * set during the render that first sees the list, so that render already knows them.
 */
export function useInitialIds(ids: readonly string[] | undefined): ReadonlySet<string> | null {
  const [initial, setInitial] = useState<ReadonlySet<string> | null>(null);
  if (ids && initial === null) {
    const loaded = new Set(ids);
    setInitial(loaded);
    return loaded;
  }
  return initial;
}

/** The current time, refreshed every `intervalMs` so relative times ("2 min ago") keep moving. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * true for `durationMs` after `value` changes (never on the first render). Used for the live-update pulse;
 * callers remount (React key) when the view changes so a range switch does not pulse every card.
 */
export function usePulseOnChange(value: unknown, durationMs = 1600): boolean {
  const previous = useRef(value);
  const [pulsing, setPulsing] = useState(false);
  useEffect(() => {
    if (Object.is(previous.current, value)) return;
    previous.current = value;
    setPulsing(true);
    const timer = setTimeout(() => setPulsing(false), durationMs);
    return () => clearTimeout(timer);
  }, [value, durationMs]);
  return pulsing;
}

export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · OpsHub`;
  }, [title]);
}

/** Whether a CSS media query matches now, following changes (a rotated tablet, a resized window). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(query).matches ?? false, () => false);
}

/** Items pushed by a subscription, newest first, each once (a repeat moves to the top), at most `kept` of them. */
export function usePushedItems<T extends { id: string }>(kept = 20): [T[], (item: T) => void] {
  const [items, setItems] = useState<T[]>([]);
  const push = useCallback((item: T) => setItems((list) => [item, ...list.filter((other) => other.id !== item.id)].slice(0, kept)), [kept]);
  return [items, push];
}
