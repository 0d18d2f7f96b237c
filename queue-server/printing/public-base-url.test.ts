import { describe, expect, it } from 'vitest';
import { listeningLine } from '../listening-line.ts';
import { isLoopbackUrl, resolveQrBase } from './public-base-url.ts';

describe('the QR codes\' public address', () => {
  it('refuses loopback addresses unless told to, with a message that says what to set', () => {
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000', 'http://kiosk.localhost']) expect(isLoopbackUrl(url)).toBe(true);
    expect(isLoopbackUrl('http://192.168.10.2:3000')).toBe(false);
    const refused = resolveQrBase({ configured: 'http://localhost:3000', lan: 'http://192.168.10.2:3000', allowLoopback: false });
    expect(refused.url).toBeNull();
    expect(refused.message).toMatch(/PUBLIC_BASE_URL ke alamat server di jaringan cabang/);
    expect(resolveQrBase({ configured: 'http://localhost:3000', lan: null, allowLoopback: true }).url).toBe('http://localhost:3000');
  });

  it('uses PUBLIC_BASE_URL, else the LAN address, else no QR', () => {
    expect(resolveQrBase({ configured: 'https://antrean.kc-salemba.example', lan: 'http://192.168.10.2:3000', allowLoopback: false })).toEqual({ url: 'https://antrean.kc-salemba.example', message: null });
    expect(resolveQrBase({ configured: undefined, lan: 'http://192.168.10.2:3000', allowLoopback: false }).url).toBe('http://192.168.10.2:3000');
    expect(resolveQrBase({ configured: undefined, lan: null, allowLoopback: false })).toMatchObject({ url: null, message: expect.stringContaining('tidak punya alamat jaringan') });
  });
});

describe('the start-up line', () => {
  it('keeps the 127.0.0.1 address scripts read, and says truthfully who else can connect', () => {
    expect(listeningLine('0.0.0.0', 3000, 'http://192.168.10.2:3000')).toBe('queue-server listening on http://127.0.0.1:3000 (semua antarmuka 0.0.0.0:3000, di jaringan cabang mis. http://192.168.10.2:3000)');
    expect(listeningLine('127.0.0.1', 41234, null)).toBe('queue-server listening on http://127.0.0.1:41234 (hanya komputer ini, HOST=127.0.0.1)');
    expect(listeningLine('192.168.10.2', 3000, null)).toBe('queue-server listening on http://192.168.10.2:3000 (hanya antarmuka 192.168.10.2)');
  });
});
