/** Exponential backoff with jitter between half and all of it: base, 2 x base, 4 x base … up to the cap. */
export function backoffMs(failures: number, random: () => number, baseMs = 1000, capMs = 5 * 60_000): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(0, failures - 1), 20));
  return Math.round(exp * (0.5 + 0.5 * random()));
}
