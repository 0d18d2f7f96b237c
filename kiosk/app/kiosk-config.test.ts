import { describe, expect, it } from 'vitest';
import { readKioskConfig } from './kiosk-config.ts';

describe('kiosk config from the URL', () => {
  it('uses safe defaults without parameters', () => {
    const c = readKioskConfig('');
    expect(c).toMatchObject({ kioskId: 'kiosk-1', idleSeconds: 60, warningSeconds: 30 });
    expect(c.ticketTiming.resultLongMs).toBeGreaterThan(c.ticketTiming.resultMs);
  });

  it('lets tests shorten the idle time but never the warning below 20 seconds', () => {
    expect(readKioskConfig('?idle=5&warn=20').idleSeconds).toBe(5);
    expect(readKioskConfig('?idle=5&warn=20').warningSeconds).toBe(20);
    expect(readKioskConfig('?warn=3').warningSeconds).toBe(30);
  });

  it('ignores nonsense', () => {
    const c = readKioskConfig('?idle=abc&kiosk=<script>&result=-1');
    expect(c.idleSeconds).toBe(60);
    expect(c.kioskId).toBe('kiosk-1');
    expect(c.ticketTiming.resultMs).toBe(20_000);
  });
});
