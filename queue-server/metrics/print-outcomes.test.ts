import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PrintOutcomeCounts } from './print-outcomes.ts';
import { render } from './prometheus-text.ts';

describe('print outcomes per printer', () => {
  it('counts jobs sent, how they ended and reprints; every known printer has every series; promtool accepts it', () => {
    const counts = new PrintOutcomeCounts();
    counts.submittedTo('kiosk', false);
    counts.submittedTo('kiosk', false);
    counts.submittedTo('loket-1', true);
    counts.endedOn('kiosk', 'printed');
    counts.endedOn('kiosk', 'failed');
    counts.endedOn('loket-1', 'unknown');
    const text = render(counts.families(['kiosk', 'loket-2']));
    expect(text).toContain('kiosk_print_jobs_submitted_total{printer="kiosk"} 2');
    expect(text).toContain('kiosk_print_jobs_submitted_total{printer="loket-2"} 0');
    expect(text).toContain('kiosk_print_jobs_total{printer="kiosk",outcome="printed"} 1');
    expect(text).toContain('kiosk_print_jobs_total{printer="kiosk",outcome="failed"} 1');
    expect(text).toContain('kiosk_print_jobs_total{printer="loket-1",outcome="unknown"} 1');
    expect(text).toContain('kiosk_print_reprints_total{printer="loket-1"} 1');
    expect(text).toContain('kiosk_print_reprints_total{printer="kiosk"} 0');
    expect(execFileSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' })).toBe('');
  });
});
