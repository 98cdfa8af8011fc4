export const DEFAULT_IDLE_MINUTES = 10;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 240;
const STORAGE_KEY = 'secretariat.idleMinutes';

/** The idle time is a preference of this computer, not of the vault, so it lives in localStorage. */
export function readIdleMinutes(storage: Pick<Storage, 'getItem'> = localStorage): number {
  const n = Number(storage.getItem(STORAGE_KEY));
  return Number.isFinite(n) && n >= MIN_IDLE_MINUTES && n <= MAX_IDLE_MINUTES ? n : DEFAULT_IDLE_MINUTES;
}

export function writeIdleMinutes(minutes: number, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(STORAGE_KEY, String(Math.min(MAX_IDLE_MINUTES, Math.max(MIN_IDLE_MINUTES, Math.round(minutes)))));
}

/**
 * Fires once when no activity was seen for `timeoutMs`. It compares wall-clock times on each
 * check instead of trusting one long timer, which a sleeping laptop would stretch.
 */
export class IdleTimer {
  private last: number;
  private fired = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly onIdle: () => void,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.last = now();
  }

  activity(): void {
    if (!this.fired) this.last = this.now();
  }

  check(): void {
    if (this.fired || this.now() - this.last < this.timeoutMs) return;
    this.fired = true;
    this.onIdle();
  }

  /** How often to check: often enough to lock within a few seconds of the deadline. */
  get interval(): number {
    return Math.max(250, Math.min(5_000, this.timeoutMs / 10));
  }
}
