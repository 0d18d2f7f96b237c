/** The server clock offset for drills and browser tests of the 30-day rule (never set in production). */
/** QUEUE_CLOCK_OFFSET_MS: a whole number of milliseconds added to the clock (default 0). */
export function readClockOffset(env: NodeJS.ProcessEnv): number {
  const raw = env.QUEUE_CLOCK_OFFSET_MS ?? '0';
  if (!/^-?\d{1,13}$/.test(raw)) throw new Error(`QUEUE_CLOCK_OFFSET_MS harus bilangan bulat milidetik (sekarang "${raw}").`);
  return Number(raw);
}
