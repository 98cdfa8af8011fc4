import { describe, expect, it } from 'vitest';
import { Autosaver, AutosaveRegistry, type Timers } from '../../../src/renderer/autosave/autosave';

/** Timers the test fires by hand, so debounce is checked without waiting. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  const timers: Timers = {
    set: (fn) => {
      const id = next++;
      pending.set(id, fn);
      return id;
    },
    clear: (id) => void pending.delete(id as number),
  };
  return {
    timers,
    get count() {
      return pending.size;
    },
    fire() {
      const fns = [...pending.values()];
      pending.clear();
      fns.forEach((f) => f());
    },
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type Patch = { title: string; minutes: string };

describe('Autosaver', () => {
  it('debounces edits into one save with the latest value of each field', async () => {
    const clock = manualTimers();
    const saved: Partial<Patch>[] = [];
    const saver = new Autosaver<Patch>(async (p) => void saved.push(p), 800, clock.timers);
    saver.change({ title: 'A' });
    saver.change({ minutes: 'x' });
    saver.change({ title: 'AB' });
    expect(saver.state).toBe('pending');
    expect(clock.count).toBe(1);
    expect(saved).toEqual([]);
    clock.fire();
    await saver.flush();
    expect(saved).toEqual([{ title: 'AB', minutes: 'x' }]);
    expect(saver.state).toBe('saved');
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('flush saves at once and cancels the pending timer', async () => {
    const clock = manualTimers();
    const saved: Partial<Patch>[] = [];
    const saver = new Autosaver<Patch>(async (p) => void saved.push(p), 800, clock.timers);
    saver.change({ title: 'T' });
    await saver.flush();
    expect(saved).toEqual([{ title: 'T' }]);
    expect(clock.count).toBe(0);
    await saver.flush();
    expect(saved).toHaveLength(1);
  });

  it('never runs two saves of one record at once, and reports saved only when all edits are stored', async () => {
    const clock = manualTimers();
    const calls: { patch: Partial<Patch>; done: ReturnType<typeof deferred> }[] = [];
    const saver = new Autosaver<Patch>(
      (patch) => {
        const done = deferred();
        calls.push({ patch, done });
        return done.promise;
      },
      800,
      clock.timers,
    );
    saver.change({ title: 'first' });
    const first = saver.flush();
    await Promise.resolve();
    expect(saver.state).toBe('saving');
    saver.change({ title: 'second' });
    const second = saver.flush();
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    calls[0].done.resolve();
    await first;
    // The first save is done but a newer edit is still outstanding: not "saved" yet.
    expect(saver.state).not.toBe('saved');
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    expect(calls[1].patch).toEqual({ title: 'second' });
    calls[1].done.resolve();
    await second;
    expect(saver.state).toBe('saved');
  });

  it('keeps a failed edit, under any newer one, and retries it on the next flush', async () => {
    const clock = manualTimers();
    const attempts: Partial<Patch>[] = [];
    let fail = true;
    const saver = new Autosaver<Patch>(
      async (p) => {
        attempts.push(p);
        if (fail) throw new Error('disk full');
      },
      800,
      clock.timers,
    );
    saver.change({ title: 'kept', minutes: 'm1' });
    await saver.flush();
    expect(saver.state).toBe('error');
    expect((saver.error as Error).message).toBe('disk full');
    expect(saver.hasUnsaved()).toBe(true);
    saver.change({ minutes: 'm2' });
    fail = false;
    await saver.flush();
    expect(attempts.at(-1)).toEqual({ title: 'kept', minutes: 'm2' });
    expect(saver.state).toBe('saved');
  });
});

describe('AutosaveRegistry', () => {
  it('reports the worst state, flushes every saver, and tracks one-shot writes', async () => {
    const clock = manualTimers();
    const registry = new AutosaveRegistry();
    const saved: string[] = [];
    const a = new Autosaver<Patch>(async (p) => void saved.push(`a:${p.title}`), 800, clock.timers);
    const b = new Autosaver<Patch>(async (p) => void saved.push(`b:${p.title}`), 800, clock.timers);
    registry.add(a);
    registry.add(b);
    expect(registry.state().state).toBe('idle');
    a.change({ title: '1' });
    b.change({ title: '2' });
    expect(registry.state().state).toBe('pending');
    expect(registry.hasUnsaved()).toBe(true);
    await registry.flushAll();
    expect(saved.sort()).toEqual(['a:1', 'b:2']);
    expect(registry.state().state).toBe('saved');

    const write = deferred();
    const tracked = registry.track(write.promise);
    expect(registry.state().state).toBe('saving');
    expect(registry.hasUnsaved()).toBe(true);
    write.reject(new Error('locked'));
    await tracked.catch(() => undefined);
    expect(registry.state()).toMatchObject({ state: 'error' });
    await registry.track(Promise.resolve());
    expect(registry.state().state).toBe('saved');
  });

  it('flushes a saver whose editor unmounts, and keeps it counted until its edit is stored', async () => {
    const clock = manualTimers();
    const registry = new AutosaveRegistry();
    const done = deferred();
    const saver = new Autosaver<Patch>(() => done.promise, 800, clock.timers);
    const remove = registry.add(saver);
    saver.change({ title: 'typed just before leaving' });
    remove();
    await Promise.resolve();
    expect(registry.hasUnsaved()).toBe(true);
    done.resolve();
    await saver.flush();
    await Promise.resolve();
    expect(registry.hasUnsaved()).toBe(false);
  });
});
