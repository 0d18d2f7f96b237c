/**
 * `calendar due --from <ISO instant> --working-days <n> [--zone <IANA zone>]`: the argument
 * parsing of the calendar CLI, pure so it is tested without a process.
 */
import { BRANCH_TIME_ZONES, type BranchTimeZone } from '../timezone.ts';

export type CalendarCommand = { command: 'due'; fromMs: number; workingDays: number; zone: BranchTimeZone };

export const USAGE = 'Pemakaian: calendar due --from 2026-04-28T10:00:00+07:00 --working-days 5 [--zone Asia/Jakarta|Asia/Makassar|Asia/Jayapura]';

export function parseCalendarArgs(argv: readonly string[]): CalendarCommand | { error: string } {
  const [command, ...rest] = argv;
  if (command !== 'due') return { error: `Perintah tidak dikenal: ${command ?? '(kosong)'}. ${USAGE}` };
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i];
    const value = rest[i + 1];
    if (!name?.startsWith('--') || value === undefined) return { error: `Argumen tidak lengkap: ${name ?? ''}. ${USAGE}` };
    options.set(name.slice(2), value);
  }
  const from = options.get('from');
  // An instant must carry its offset: "10:00" alone would silently mean this machine's zone.
  if (!from || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(from) || Number.isNaN(Date.parse(from))) {
    return { error: `--from harus waktu ISO 8601 dengan zona, mis. 2026-04-28T10:00:00+07:00. ${USAGE}` };
  }
  const days = options.get('working-days') ?? '5';
  if (!/^\d{1,3}$/.test(days)) return { error: `--working-days harus bilangan bulat 0-999. ${USAGE}` };
  const zone = options.get('zone') ?? 'Asia/Jakarta';
  const known = BRANCH_TIME_ZONES.find((z) => z === zone);
  if (!known) return { error: `--zone harus salah satu dari ${BRANCH_TIME_ZONES.join(', ')}. ${USAGE}` };
  for (const key of options.keys()) if (!['from', 'working-days', 'zone'].includes(key)) return { error: `Opsi tidak dikenal: --${key}. ${USAGE}` };
  return { command: 'due', fromMs: Date.parse(from), workingDays: Number(days), zone: known };
}
