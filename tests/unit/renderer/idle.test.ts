import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_MINUTES, IdleTimer, readIdleMinutes, writeIdleMinutes } from '../../../src/renderer/session/idle';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('idle lock', () => {
  it('fires once after the timeout without activity, measured on the wall clock', () => {
    let now = 0;
    let fired = 0;
    const timer = new IdleTimer(10 * 60_000, () => fired++, () => now);
    now = 9 * 60_000;
    timer.check();
    timer.activity();
    now += 9 * 60_000;
    timer.check();
    expect(fired).toBe(0);
    // A laptop asleep for an hour: one check on waking is enough.
    now += 60 * 60_000;
    timer.check();
    timer.check();
    expect(fired).toBe(1);
  });

  it('keeps the idle time in storage, defaulting to 10 minutes and clamping nonsense', () => {
    const storage = memoryStorage();
    expect(readIdleMinutes(storage)).toBe(DEFAULT_IDLE_MINUTES);
    writeIdleMinutes(3, storage);
    expect(readIdleMinutes(storage)).toBe(3);
    writeIdleMinutes(0, storage);
    expect(readIdleMinutes(storage)).toBe(1);
    storage.setItem('secretariat.idleMinutes', 'abc');
    expect(readIdleMinutes(storage)).toBe(DEFAULT_IDLE_MINUTES);
  });
});
