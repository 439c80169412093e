import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '../lib/store/types';

/**
 * Ticked clippings, with shift-click ranges over the list as shown. Ticks of clippings that no longer
 * exist in `clippings` are dropped.
 */
export function useRangeSelection(clippings: readonly Clipping[], shown: readonly Clipping[]) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | undefined>();

  useEffect(() => {
    if (checked.size === 0) return;
    const ids = new Set(clippings.map((c) => c.id));
    if ([...checked].some((id) => !ids.has(id))) setChecked(new Set([...checked].filter((id) => ids.has(id))));
  }, [clippings]);

  /** Ticks or unticks one clipping; with `extend`, ticks everything shown between the last one and it. */
  function toggle(clipping: Clipping, extend: boolean) {
    const next = new Set(checked);
    const from = anchor ? shown.findIndex((c) => c.id === anchor) : -1;
    const to = shown.findIndex((c) => c.id === clipping.id);
    if (extend && from !== -1 && to !== -1) {
      for (const c of shown.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(c.id);
    } else if (next.has(clipping.id)) next.delete(clipping.id);
    else next.add(clipping.id);
    setAnchor(clipping.id);
    setChecked(next);
  }

  return {
    checked,
    toggle,
    checkAll: () => setChecked(new Set(shown.map((c) => c.id))),
    checkNone: () => setChecked(new Set()),
    /** Unticks clippings that were just deleted. */
    uncheck: (ids: readonly string[]) => setChecked((current) => new Set([...current].filter((id) => !ids.includes(id)))),
  };
}
