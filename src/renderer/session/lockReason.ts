/** Why the vault was locked: the session records it, the unlock screen says it. */
export type LockReason = 'manual' | 'idle' | 'elsewhere' | 'damaged';
