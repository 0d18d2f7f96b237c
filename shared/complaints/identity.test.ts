import { describe, expect, it } from 'vitest';
import { checkDescription, checkKpj, checkNik, checkPhone, maskNik, maskPhone } from './identity.ts';

describe('identity checks', () => {
  it('accepts a structurally valid NIK (women: day + 40) and explains each refusal', () => {
    expect(checkNik('3273 0101 0190 0009')).toEqual({ ok: true, value: '3273010101900009' });
    expect(checkNik('3273014101900009').ok).toBe(true);
    expect(checkNik('327301010190000')).toMatchObject({ ok: false, message: expect.stringContaining('16 digit') });
    expect(checkNik('9973010101900009')).toMatchObject({ ok: false, message: expect.stringContaining('provinsi') });
    expect(checkNik('3273013201900009')).toMatchObject({ ok: false, message: expect.stringContaining('tanggal') });
    expect(checkNik('3273010101900000')).toMatchObject({ ok: false, message: expect.stringContaining('urut') });
  });

  it('normalises Indonesian mobile numbers to +62 and refuses others', () => {
    expect(checkPhone('0812-3456-7890')).toEqual({ ok: true, value: '+6281234567890' });
    expect(checkPhone('+62 812 3456 789')).toEqual({ ok: true, value: '+628123456789' });
    expect(checkPhone('021-5551234').ok).toBe(false);
    expect(checkPhone('08123456').ok).toBe(false);
  });

  it('KPJ is 11 digits; a description is at least a sentence', () => {
    expect(checkKpj('12345678901').ok).toBe(true);
    expect(checkKpj('1234').ok).toBe(false);
    expect(checkDescription('JHT lama').ok).toBe(false);
    expect(checkDescription('Klaim JHT saya belum cair sejak bulan lalu').ok).toBe(true);
  });

  it('masks NIK and phone as lists and the kiosk show them', () => {
    expect(maskNik('3273010101900009')).toBe('3273 •••• •••• 0009');
    expect(maskPhone('+6281234567890')).toBe('0812 •••• 7890');
  });
});
