/** Whole calendar days from `from` to `to` (both YYYY-MM-DD), negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return Math.round(day(to) - day(from));
}

/** How a due date reads against today: the locale key and the count it takes. */
export function dueWording(asOf: string, dueDate: string): { key: 'overdueBy' | 'dueToday' | 'dueIn'; count: number } {
  const days = daysBetween(asOf, dueDate);
  if (days < 0) return { key: 'overdueBy', count: -days };
  if (days === 0) return { key: 'dueToday', count: 0 };
  return { key: 'dueIn', count: days };
}
