import { describe, expect, it } from 'vitest';
import { checkDescription, checkEmail, checkKpj, checkName, checkNik, checkPhone, groupDigits, maskEmail, maskNik, maskPhone } from './identity.ts';

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

describe('identity checks at their edges', () => {
  it('NIK: separators are ignored, letters refused, every part of its structure checked', () => {
    expect(checkNik('3273.0101-0190 0009')).toEqual({ ok: true, value: '3273010101900009' });
    expect(checkNik('32730101019000A9')).toEqual({ ok: false, message: 'NIK hanya berisi angka.' });
    expect(checkNik('32730101019000091')).toMatchObject({ ok: false, message: expect.stringContaining('sekarang 17') });
    expect(checkNik('')).toMatchObject({ ok: false, message: expect.stringContaining('sekarang 0') });
    // Province codes: the first and last of the list, one just outside.
    expect(checkNik('1173010101900009').ok).toBe(true);
    expect(checkNik('9673010101900009').ok).toBe(true);
    expect(checkNik('1073010101900009').ok).toBe(false);
    // Regency (digits 3-4) and district (5-6) never 00.
    expect(checkNik('3200010101900009')).toEqual({ ok: false, message: 'Kode wilayah pada NIK tidak valid.' });
    expect(checkNik('3273000101900009')).toEqual({ ok: false, message: 'Kode wilayah pada NIK tidak valid.' });
    expect(checkNik('3201010101900009').ok).toBe(true);
  });

  it('NIK: the date of birth, women with day + 40, month and day ranges', () => {
    const withDate = (ddmm: string) => `327301${ddmm}900009`;
    expect(checkNik(withDate('3112')).ok).toBe(true);
    expect(checkNik(withDate('7112')).ok).toBe(true); // woman born 31 December
    expect(checkNik(withDate('4101')).ok).toBe(true); // woman born 1 January
    expect(checkNik(withDate('4001')).ok).toBe(false); // day 40: neither 0 nor a woman's day
    expect(checkNik(withDate('7201')).ok).toBe(false); // woman, day 32
    expect(checkNik(withDate('0001')).ok).toBe(false);
    expect(checkNik(withDate('0100')).ok).toBe(false);
    expect(checkNik(withDate('0113')).ok).toBe(false);
    expect(checkNik(withDate('2902')).ok).toBe(true);
    expect(checkNik(withDate('3002')).ok).toBe(false);
    expect(checkNik(withDate('3104')).ok).toBe(false);
    expect(checkNik(withDate('3004')).ok).toBe(true);
    expect(checkNik(withDate('3201'))).toEqual({ ok: false, message: 'Bagian tanggal lahir pada NIK tidak valid.' });
    expect(checkNik('3273010101900001').ok).toBe(true);
    expect(checkNik('3273010101900000')).toEqual({ ok: false, message: 'Nomor urut NIK tidak valid.' });
  });

  it('phone: 10 to 13 digits with the leading 0, written with 0, 62 or +62', () => {
    expect(checkPhone('0812345678')).toEqual({ ok: true, value: '+62812345678' });
    expect(checkPhone('081234567')).toEqual({ ok: false, message: 'Nomor HP tidak valid. Tulis nomor seluler Indonesia, mis. 0812 3456 7890.' });
    expect(checkPhone('0812345678901')).toEqual({ ok: true, value: '+62812345678901' });
    expect(checkPhone('08123456789012').ok).toBe(false);
    expect(checkPhone('6281234567890')).toEqual({ ok: true, value: '+6281234567890' });
    expect(checkPhone('(0812) 3456.7890')).toEqual({ ok: true, value: '+6281234567890' });
    expect(checkPhone('0712345678').ok).toBe(false);
    expect(checkPhone('x081234567890').ok).toBe(false);
    expect(checkPhone('0812345678901x').ok).toBe(false);
  });

  it('KPJ: exactly 11 digits, separators ignored', () => {
    expect(checkKpj('123 4567-8901')).toEqual({ ok: true, value: '12345678901' });
    expect(checkKpj('123456789012').ok).toBe(false);
    expect(checkKpj('1234567890').ok).toBe(false);
    expect(checkKpj('1234567890a')).toEqual({ ok: false, message: 'Nomor KPJ terdiri dari 11 digit. Kosongkan bila tidak tahu.' });
  });

  it('e-mail: trimmed, lower-cased, one @ with a dotted domain, at most 120 characters', () => {
    expect(checkEmail('  Siti.Aminah@Gmail.com ')).toEqual({ ok: true, value: 'siti.aminah@gmail.com' });
    for (const bad of ['siti', 'siti@', '@gmail.com', 'siti@gmail', 'siti aminah@gmail.com', 'siti@gmail.', 'si@ti@gmail.com', 'siti@gmail.com@x', 'siti@gmail.com lagi']) expect(checkEmail(bad), bad).toEqual({ ok: false, message: 'Alamat e-mail tidak valid.' });
    const local = 'a'.repeat(120 - '@b.id'.length);
    expect(checkEmail(`${local}@b.id`).ok).toBe(true);
    expect(checkEmail(`a${local}@b.id`).ok).toBe(false);
  });

  it('name: 3 to 80 characters with a letter, spaces collapsed', () => {
    expect(checkName('  Siti   Aminah ')).toEqual({ ok: true, value: 'Siti Aminah' });
    expect(checkName('Ani').ok).toBe(true);
    expect(checkName('An')).toEqual({ ok: false, message: 'Tulis nama lengkap sesuai KTP (3-80 huruf).' });
    expect(checkName('a'.repeat(80)).ok).toBe(true);
    expect(checkName('a'.repeat(81)).ok).toBe(false);
    expect(checkName('123 456').ok).toBe(false);
  });

  it('description: at least 15 characters in 3 words, at most 2000', () => {
    expect(checkDescription('  Klaim belum cair  ')).toEqual({ ok: true, value: 'Klaim belum cair' });
    expect(checkDescription('Klaim belum ca').ok).toBe(false); // 14 characters
    expect(checkDescription('Klaim belum cai').ok).toBe(true); // 15
    expect(checkDescription('Klaimbelumcair   sekali').ok).toBe(false); // two words, however many spaces
    expect(checkDescription('Klaimbelumcair sekali')).toEqual({ ok: false, message: 'Ceritakan masalah Anda dalam minimal satu kalimat (3 kata atau lebih).' });
    const long = `${'kata '.repeat(400)}`.trim();
    expect(checkDescription(long).ok).toBe(true); // 1999
    expect(checkDescription(`${long}a`).ok).toBe(true); // 2000
    expect(checkDescription(`${long} ab`)).toEqual({ ok: false, message: 'Uraian terlalu panjang (maksimal 2000 karakter).' });
  });

  it('masks: short values fully hidden, long phone numbers keep four digits each side', () => {
    expect(maskNik('3273-0101-0190-0009')).toBe('3273 •••• •••• 0009');
    expect(maskNik('1234567')).toBe('•••••••');
    expect(maskNik(' 3273010101900009 ')).toBe('3273 •••• •••• 0009');
    expect(maskNik('12345678')).toBe('1234 •••• •••• 5678');
    expect(maskPhone('+62812345678901')).toBe('0812 ••••• 8901');
    expect(maskPhone('0812345678')).toBe('0812 •• 5678');
    expect(maskPhone('08123456')).toBe('0812 • 3456');
    expect(maskPhone('0812345')).toBe('•••••••');
    expect(maskPhone('6281234567890')).toBe('0812 •••• 7890');
    expect(maskPhone('081262345678')).toBe('0812 •••• 5678'); // a 62 inside is not the country code
    expect(maskEmail('siti.aminah@gmail.com')).toBe('s•••@gmail.com');
    expect(maskEmail('a@b.id')).toBe('a•••@b.id');
    expect(maskEmail('@b.id')).toBe('•••••');
    expect(maskEmail('siti')).toBe('••••');
  });

  it('groups digits in fours for reading back', () => {
    expect(groupDigits('3273010101900009')).toBe('3273 0101 0190 0009');
    expect(groupDigits('12345')).toBe('1234 5');
    expect(groupDigits('1234')).toBe('1234');
  });
});
