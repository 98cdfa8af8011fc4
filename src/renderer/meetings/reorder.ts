/** Returns a copy of `list` with the element at `from` moved to index `to`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

/** An item picked up with the keyboard, and where it started. */
export interface Grab {
  id: number;
  startIndex: number;
}

export interface ReorderStep {
  order: number[];
  grab: Grab | null;
  /** Set when the move is final: the item's new 1-based position, for `agenda.move`. */
  commit?: { id: number; position: number };
  /** What a screen reader should hear. */
  announce?: { key: 'grabbed' | 'moved' | 'dropped' | 'cancelled'; position: number; total: number };
  handled: boolean;
}

/**
 * Keyboard reordering on an item's handle, in the manner of accessible drag-and-drop lists:
 * Space or Enter picks the item up and drops it, arrows (or Home/End) move it while held,
 * Escape puts it back. Alt+Up/Down moves it one place at once without picking it up.
 */
export function keyboardReorder(order: readonly number[], grab: Grab | null, id: number, key: string, altKey = false): ReorderStep {
  const index = order.indexOf(id);
  const total = order.length;
  const same = { order: order.slice(), grab, handled: false };
  if (index < 0) return same;

  if (!grab || grab.id !== id) {
    if (key === ' ' || key === 'Enter') return { order: order.slice(), grab: { id, startIndex: index }, announce: { key: 'grabbed', position: index + 1, total }, handled: true };
    if (altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      const to = key === 'ArrowUp' ? index - 1 : index + 1;
      if (to < 0 || to >= total) return { ...same, handled: true };
      return {
        order: moveItem(order, index, to),
        grab: null,
        commit: { id, position: to + 1 },
        announce: { key: 'dropped', position: to + 1, total },
        handled: true,
      };
    }
    return same;
  }

  const target: Record<string, number> = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: total - 1 };
  if (key in target) {
    const to = Math.max(0, Math.min(total - 1, target[key]));
    return { order: moveItem(order, index, to), grab, announce: { key: 'moved', position: to + 1, total }, handled: true };
  }
  if (key === ' ' || key === 'Enter')
    return {
      order: order.slice(),
      grab: null,
      commit: index === grab.startIndex ? undefined : { id, position: index + 1 },
      announce: { key: 'dropped', position: index + 1, total },
      handled: true,
    };
  if (key === 'Escape')
    return {
      order: moveItem(order, index, grab.startIndex),
      grab: null,
      announce: { key: 'cancelled', position: grab.startIndex + 1, total },
      handled: true,
    };
  return same;
}

/** Where a dragged item lands when dropped on `overId`, before or after it. */
export function dropPosition(order: readonly number[], draggedId: number, overId: number, after: boolean): number | null {
  const from = order.indexOf(draggedId);
  const over = order.indexOf(overId);
  if (from < 0 || over < 0 || draggedId === overId) return null;
  let to = after ? over + 1 : over;
  if (from < to) to -= 1;
  return to === from ? null : to;
}
