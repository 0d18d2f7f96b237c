// Names for the guide's sections. The slug is part of every entry id, so it must never change once
// published; the titles are what a visitor sees on the topic tiles.

import type { SectionGroup } from '../types.ts';

export interface SectionName {
  readonly id: string;
  readonly title: string;
  readonly shortTitle: string;
}

/** Keyed by "group/HEADING" because PLKK appears twice: the service (pelayanan) and the app (e-channel). */
const SECTION_NAMES: Readonly<Record<string, SectionName>> = {
  'umum/JAMINAN SOSIAL': { id: 'jaminan-sosial', title: 'Jaminan Sosial', shortTitle: 'Jaminan Sosial' },
  'umum/EKONOMI SYARIAH': { id: 'ekonomi-syariah', title: 'Ekonomi Syariah', shortTitle: 'Syariah' },
  'kepesertaan/JASA KONSTRUKSI': { id: 'jasa-konstruksi', title: 'Jasa Konstruksi', shortTitle: 'Jasa Konstruksi' },
  'kepesertaan/BUKAN PENERIMA UPAH': { id: 'bpu', title: 'Bukan Penerima Upah (BPU)', shortTitle: 'BPU' },
  'kepesertaan/PENERIMA UPAH': { id: 'pu', title: 'Penerima Upah (PU)', shortTitle: 'PU' },
  'kepesertaan/KEPESERTAAN': { id: 'kepesertaan', title: 'Kepesertaan', shortTitle: 'Kepesertaan' },
  'pelayanan/OPERASIONAL PELAYANAN': { id: 'operasional-pelayanan', title: 'Operasional Pelayanan', shortTitle: 'Pelayanan' },
  'pelayanan/JAMINAN HARI TUA (JHT)': { id: 'jht', title: 'Jaminan Hari Tua (JHT)', shortTitle: 'JHT' },
  'pelayanan/PUSAT LAYANAN KECELAKAAN KERJA (PLKK)': { id: 'plkk', title: 'Pusat Layanan Kecelakaan Kerja (PLKK)', shortTitle: 'PLKK' },
  'pelayanan/JAMINAN KEMATIAN (JKM)': { id: 'jkm', title: 'Jaminan Kematian (JKM)', shortTitle: 'JKM' },
  'pelayanan/PROMOTIF DAN PREVENTIF': { id: 'promotif-preventif', title: 'Promotif dan Preventif', shortTitle: 'Promotif Preventif' },
  'pelayanan/RETURN TO WORK': { id: 'return-to-work', title: 'Return to Work (RTW)', shortTitle: 'Return to Work' },
  'pelayanan/MANFAAT TAMBAHAN (PERUMAHAN)': { id: 'mlt-perumahan', title: 'Manfaat Layanan Tambahan (Perumahan)', shortTitle: 'MLT Perumahan' },
  'pelayanan/JAMINAN PENSIUN (JP)': { id: 'jp', title: 'Jaminan Pensiun (JP)', shortTitle: 'JP' },
  'pelayanan/JAMINAN KECELAKAAN KERJA (JKK)': { id: 'jkk', title: 'Jaminan Kecelakaan Kerja (JKK)', shortTitle: 'JKK' },
  'pelayanan/PENYAKIT AKIBAT KERJA': { id: 'pak', title: 'Penyakit Akibat Kerja (PAK)', shortTitle: 'PAK' },
  'contact-center/CONTACT CENTER': { id: 'contact-center', title: 'Contact Center', shortTitle: 'Contact Center' },
  'e-channel/BPJSTKU': { id: 'bpjstku', title: 'Aplikasi BPJSTKU', shortTitle: 'BPJSTKU' },
  'e-channel/ELECTRONIC PAYMENT SYSTEM (EPS)': { id: 'eps', title: 'Electronic Payment System (EPS)', shortTitle: 'EPS' },
  'e-channel/PUSAT LAYANAN KECELAKAAN KERJA (PLKK)': { id: 'plkk-aplikasi', title: 'Aplikasi PLKK', shortTitle: 'Aplikasi PLKK' },
  'e-channel/SISTEM INFORMASI PELAPORAN PESERTA (SIPP)': { id: 'sipp', title: 'Sistem Informasi Pelaporan Peserta (SIPP)', shortTitle: 'SIPP' },
  'e-channel/SMS SALDO': { id: 'sms-saldo', title: 'SMS Saldo', shortTitle: 'SMS Saldo' },
  'e-channel/E-KLAIM': { id: 'e-klaim', title: 'E-Klaim', shortTitle: 'E-Klaim' },
};

export function sectionName(group: SectionGroup, heading: string): SectionName {
  const name = SECTION_NAMES[`${group}/${heading}`];
  if (!name) throw new Error(`Unknown section "${heading}" in group "${group}": add it to import/sections.ts.`);
  return name;
}
