const ACTOR_KEY = 'secretariat.lastActor';

/** The name is not secret and is the same person at this computer; retyping it each unlock is noise. */
export function lastActor(): string {
  return localStorage.getItem(ACTOR_KEY) ?? '';
}

export function rememberActor(name: string): void {
  if (name.trim()) localStorage.setItem(ACTOR_KEY, name.trim());
}
