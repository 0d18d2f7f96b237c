import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCalendarArgs } from './args.ts';

describe('calendar CLI arguments', () => {
  it('reads due --from --working-days --zone', () => {
    expect(parseCalendarArgs(['due', '--from', '2026-04-28T10:00:00+07:00', '--working-days', '5', '--zone', 'Asia/Makassar'])).toEqual({
      command: 'due', fromMs: Date.parse('2026-04-28T03:00:00Z'), workingDays: 5, zone: 'Asia/Makassar',
    });
  });

  it('refuses an instant without an offset, an unknown zone, an unknown option', () => {
    expect(parseCalendarArgs(['due', '--from', '2026-04-28T10:00:00'])).toHaveProperty('error');
    expect(parseCalendarArgs(['due', '--from', '2026-04-28T10:00:00Z', '--zone', 'Europe/Paris'])).toHaveProperty('error');
    expect(parseCalendarArgs(['due', '--from', '2026-04-28T10:00:00Z', '--days', '5'])).toHaveProperty('error');
    expect(parseCalendarArgs(['next'])).toHaveProperty('error');
  });

  it('prints the issue example as the CLI runs it', () => {
    const out = execFileSync('npx', ['tsx', 'shared/calendar/cli/calendar-cli.ts', 'due', '--from', '2026-04-28T10:00:00+07:00', '--working-days', '5'], { encoding: 'utf8' });
    expect(out).toBe('2026-05-06\n');
  }, 30_000);
});
