/**
 * Autosave without losing anything that was shown as saved: edits are merged into one pending
 * patch per record, saved after a pause (or at once on flush), strictly one request at a time
 * per record, and "saved" is only reported when the host has confirmed every edit made so far.
 */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Autosaver<P extends object> {
  private patch: Partial<P> | null = null;
  private timer: unknown = null;
  private queue: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private listeners = new Set<() => void>();
  state: SaveState = 'idle';
  error: unknown = null;

  constructor(
    private readonly save: (patch: Partial<P>) => Promise<void>,
    private readonly delayMs = 800,
    private readonly timers: Timers = realTimers,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.listeners.forEach((l) => l());
  }

  /** Records an edit; later edits of the same field win. */
  change(patch: Partial<P>): void {
    this.patch = { ...this.patch, ...patch };
    if (this.inFlight === 0) this.setState('pending');
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Saves whatever is pending now; resolves once it (and any earlier save) has finished. Never rejects. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
    this.queue = this.queue.then(() => this.run());
    return this.queue;
  }

  hasUnsaved(): boolean {
    return this.patch !== null || this.inFlight > 0;
  }

  private async run(): Promise<void> {
    if (this.patch === null) return;
    const patch = this.patch;
    this.patch = null;
    this.inFlight += 1;
    this.setState('saving');
    try {
      await this.save(patch);
      this.error = null;
      this.inFlight -= 1;
      this.setState(this.patch === null ? 'saved' : 'pending');
    } catch (err) {
      // Keep the failed edit (under any newer one) so the next flush tries it again.
      this.patch = Object.assign({}, patch, this.patch);
      this.error = err;
      this.inFlight -= 1;
      this.setState('error');
    }
  }
}

/** One-shot writes (a click in the attendance grid) reported alongside the autosavers. */
interface Tracked {
  state: SaveState;
  error: unknown;
}

/** Every autosaver and write of the unlocked session, so that lock and unload can flush them all. */
export class AutosaveRegistry {
  /** Saver -> how many mounted editors use it (React's strict mode mounts twice). */
  private savers = new Map<Autosaver<object>, number>();
  private writes = new Set<Tracked>();
  private lastWrite: Tracked | null = null;
  private listeners = new Set<() => void>();
  private version = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify = (): void => {
    this.version += 1;
    this.listeners.forEach((l) => l());
  };

  getVersion = (): number => this.version;

  add<P extends object>(saver: Autosaver<P>): () => void {
    const s = saver as unknown as Autosaver<object>;
    this.savers.set(s, (this.savers.get(s) ?? 0) + 1);
    const off = s.subscribe(this.notify);
    return () => {
      off();
      this.savers.set(s, (this.savers.get(s) ?? 1) - 1);
      // A saver leaves only once its last edit is stored; until then it still counts.
      void s.flush().then(() => {
        if (this.savers.get(s) === 0 && s.state !== 'error') {
          this.savers.delete(s);
          this.notify();
        }
      });
    };
  }

  /** Runs a write and shows it in the save state; the promise is returned unchanged. */
  track<T>(write: Promise<T>): Promise<T> {
    const entry: Tracked = { state: 'saving', error: null };
    this.writes.add(entry);
    this.lastWrite = entry;
    this.notify();
    write.then(
      () => {
        entry.state = 'saved';
        this.writes.delete(entry);
        this.notify();
      },
      (err: unknown) => {
        entry.state = 'error';
        entry.error = err;
        this.writes.delete(entry);
        this.notify();
      },
    );
    return write;
  }

  /** The worst state across everything: an error outranks saving, saving outranks saved. */
  state(): { state: SaveState; error: unknown } {
    const all: Tracked[] = [...this.savers.keys(), ...this.writes];
    if (this.lastWrite?.state === 'error') all.push(this.lastWrite);
    const failed = all.find((s) => s.state === 'error');
    if (failed) return { state: 'error', error: failed.error };
    if (all.some((s) => s.state === 'saving')) return { state: 'saving', error: null };
    if (all.some((s) => s.state === 'pending')) return { state: 'pending', error: null };
    if (all.some((s) => s.state === 'saved') || this.lastWrite) return { state: 'saved', error: null };
    return { state: 'idle', error: null };
  }

  hasUnsaved(): boolean {
    return this.writes.size > 0 || [...this.savers.keys()].some((s) => s.hasUnsaved());
  }

  async flushAll(): Promise<void> {
    await Promise.all([...this.savers.keys()].map((s) => s.flush()));
  }
}
