/**
 * The reporter's identity as Pasal 10(1) asks for it, checked for structure only. The NIK has no
 * check digit, so a structurally valid NIK proves nothing: it is never used to authenticate
 * (reference/faq-survey-a11y.md 3.6-3.9). Masks are what every list and the kiosk screen show.
 */

// Kemendagri province codes (38 provinces, including the new Papua provinces 93-96).
const PROVINCES = new Set(['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96']);
const MAX_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type Check = { ok: true; value: string } | { ok: false; message: string };

export function checkNik(raw: string): Check {
  const nik = raw.replace(/[\s.-]/g, '');
  if (!/^\d*$/.test(nik)) return { ok: false, message: 'NIK hanya berisi angka.' };
  if (nik.length !== 16) return { ok: false, message: `NIK harus 16 digit (sekarang ${nik.length}). Periksa kembali KTP Anda.` };
  if (!PROVINCES.has(nik.slice(0, 2))) return { ok: false, message: 'Kode provinsi pada NIK tidak dikenal. Periksa dua digit pertama.' };
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return { ok: false, message: 'Kode wilayah pada NIK tidak valid.' };
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  if (day > 40) day -= 40; // women: day of birth + 40
  // A month outside 1-12 has no maximum day, so every day is refused.
  if (day < 1 || day > (MAX_DAY[month - 1] ?? 0)) return { ok: false, message: 'Bagian tanggal lahir pada NIK tidak valid.' };
  if (nik.slice(12) === '0000') return { ok: false, message: 'Nomor urut NIK tidak valid.' };
  return { ok: true, value: nik };
}

/** Indonesian mobile numbers: 08…, 62…, +62… -> +628…; 10-13 digits with the leading 0. */
export function checkPhone(raw: string): Check {
  const compact = raw.replace(/[\s().-]/g, '');
  const m = /^(?:\+?62|0)(8\d{8,11})$/.exec(compact);
  if (!m) return { ok: false, message: 'Nomor HP tidak valid. Tulis nomor seluler Indonesia, mis. 0812 3456 7890.' };
  return { ok: true, value: `+62${m[1] ?? ''}` };
}

/** KPJ: digits only; 11 digits is what the cards carry (soft rule, never required). */
export function checkKpj(raw: string): Check {
  const kpj = raw.replace(/[\s.-]/g, '');
  if (!/^\d{11}$/.test(kpj)) return { ok: false, message: 'Nomor KPJ terdiri dari 11 digit. Kosongkan bila tidak tahu.' };
  return { ok: true, value: kpj };
}

export function checkEmail(raw: string): Check {
  const email = raw.trim();
  if (email.length > 120 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: false, message: 'Alamat e-mail tidak valid.' };
  return { ok: true, value: email.toLowerCase() };
}

export function checkName(raw: string): Check {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length < 3 || name.length > 80 || !/\p{L}/u.test(name)) return { ok: false, message: 'Tulis nama lengkap sesuai KTP (3-80 huruf).' };
  return { ok: true, value: name };
}

/** At least one sentence: three words and 15 characters. */
export function checkDescription(raw: string): Check {
  const text = raw.trim();
  if (text.length < 15 || text.split(/\s+/).length < 3) return { ok: false, message: 'Ceritakan masalah Anda dalam minimal satu kalimat (3 kata atau lebih).' };
  if (text.length > 2000) return { ok: false, message: 'Uraian terlalu panjang (maksimal 2000 karakter).' };
  return { ok: true, value: text };
}

/** "3273 •••• •••• 0009": the first four and last four digits. */
export function maskNik(nik: string): string {
  const d = nik.replace(/\D/g, '');
  if (d.length < 8) return '•'.repeat(d.length);
  return `${d.slice(0, 4)} ${'•'.repeat(4)} ${'•'.repeat(4)} ${d.slice(-4)}`;
}

/** "0812 •••• 7890" from +62812…7890. */
export function maskPhone(phone: string): string {
  const d = phone.replace(/\D/g, '').replace(/^62/, '0');
  if (d.length < 8) return '•'.repeat(d.length);
  return `${d.slice(0, 4)} ${'•'.repeat(Math.max(1, d.length - 8))} ${d.slice(-4)}`;
}

/** "s•••@gmail.com": the first letter and the domain, enough for the visitor to recognise it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•'.repeat(email.length);
  return `${email.slice(0, 1)}${'•'.repeat(3)}${email.slice(at)}`;
}

/** Reading a number back for a visual check: 4-4-4-4 groups. */
export function groupDigits(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
