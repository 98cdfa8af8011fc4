import { describe, expect, it } from 'vitest';
import { dropPosition, keyboardReorder, moveItem } from '../../../src/renderer/meetings/reorder';

describe('moveItem', () => {
  it('moves without touching the original', () => {
    const list = [1, 2, 3, 4];
    expect(moveItem(list, 0, 2)).toEqual([2, 3, 1, 4]);
    expect(moveItem(list, 3, 0)).toEqual([4, 1, 2, 3]);
    expect(list).toEqual([1, 2, 3, 4]);
  });
});

describe('keyboardReorder', () => {
  const order = [10, 20, 30, 40];

  it('picks up with Space, moves with arrows, drops with Space at the new 1-based position', () => {
    let step = keyboardReorder(order, null, 20, ' ');
    expect(step).toMatchObject({ grab: { id: 20, startIndex: 1 }, handled: true, announce: { key: 'grabbed', position: 2, total: 4 } });
    expect(step.commit).toBeUndefined();
    step = keyboardReorder(step.order, step.grab, 20, 'ArrowDown');
    step = keyboardReorder(step.order, step.grab, 20, 'ArrowDown');
    expect(step.order).toEqual([10, 30, 40, 20]);
    expect(step.announce).toMatchObject({ key: 'moved', position: 4 });
    step = keyboardReorder(step.order, step.grab, 20, 'ArrowDown');
    expect(step.order).toEqual([10, 30, 40, 20]);
    step = keyboardReorder(step.order, step.grab, 20, 'Enter');
    expect(step).toMatchObject({ grab: null, commit: { id: 20, position: 4 } });
  });

  it('Home and End jump while holding; Escape puts the item back and commits nothing', () => {
    let step = keyboardReorder(order, null, 30, 'Enter');
    step = keyboardReorder(step.order, step.grab, 30, 'Home');
    expect(step.order).toEqual([30, 10, 20, 40]);
    step = keyboardReorder(step.order, step.grab, 30, 'Escape');
    expect(step.order).toEqual(order);
    expect(step.grab).toBeNull();
    expect(step.commit).toBeUndefined();
    expect(step.announce).toMatchObject({ key: 'cancelled', position: 3 });
  });

  it('dropping where it started commits nothing', () => {
    let step = keyboardReorder(order, null, 10, ' ');
    step = keyboardReorder(step.order, step.grab, 10, 'ArrowDown');
    step = keyboardReorder(step.order, step.grab, 10, 'ArrowUp');
    step = keyboardReorder(step.order, step.grab, 10, ' ');
    expect(step.commit).toBeUndefined();
    expect(step.grab).toBeNull();
  });

  it('Alt+arrows move one place at once, and stop at the ends', () => {
    expect(keyboardReorder(order, null, 20, 'ArrowUp', true)).toMatchObject({ order: [20, 10, 30, 40], commit: { id: 20, position: 1 } });
    const top = keyboardReorder(order, null, 10, 'ArrowUp', true);
    expect(top).toMatchObject({ order, handled: true });
    expect(top.commit).toBeUndefined();
  });

  it('leaves other keys, and plain arrows when nothing is held, to the browser', () => {
    expect(keyboardReorder(order, null, 20, 'ArrowDown').handled).toBe(false);
    expect(keyboardReorder(order, null, 20, 'Tab').handled).toBe(false);
    expect(keyboardReorder(order, { id: 20, startIndex: 1 }, 20, 'a').handled).toBe(false);
  });
});

describe('dropPosition', () => {
  const order = [1, 2, 3, 4];
  it('drops before or after the target, counting the dragged item out', () => {
    expect(dropPosition(order, 1, 3, false)).toBe(1);
    expect(dropPosition(order, 1, 3, true)).toBe(2);
    expect(dropPosition(order, 4, 1, false)).toBe(0);
    expect(dropPosition(order, 2, 1, true)).toBeNull();
    expect(dropPosition(order, 2, 2, true)).toBeNull();
  });
});
