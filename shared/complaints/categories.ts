/**
 * The complaint categories the branch starts with, from the topics participants raise (seed 003,
 * the JMO study: login, card number differs from the app, JHT claims taking long, face
 * verification, balance not showing, unclear information; seed 004: contributions and payment,
 * the branch's service). The live list is in the database and an administrator may change it.
 */
export interface ComplaintCategory {
  id: string;
  name: string;
  nameEn: string;
}

export const DEFAULT_CATEGORIES: readonly ComplaintCategory[] = [
  { id: 'klaim-jht', name: 'Klaim JHT', nameEn: 'JHT claim' },
  { id: 'klaim-jkk-jkm-jp', name: 'Klaim JKK, JKM atau JP', nameEn: 'JKK, JKM or JP claim' },
  { id: 'data-kepesertaan', name: 'Data kepesertaan (nomor kartu berbeda dengan aplikasi, data tidak sesuai)', nameEn: 'Membership data (card number differs from the app, wrong data)' },
  { id: 'aplikasi-jmo', name: 'Aplikasi JMO (login, verifikasi wajah)', nameEn: 'JMO app (login, face verification)' },
  { id: 'saldo', name: 'Saldo tidak tampil', nameEn: 'Balance not showing' },
  { id: 'iuran', name: 'Iuran dan pembayaran', nameEn: 'Contributions and payment' },
  { id: 'pelayanan', name: 'Pelayanan kantor cabang dan petugas', nameEn: 'Branch service and staff' },
  { id: 'informasi', name: 'Informasi tidak jelas', nameEn: 'Unclear information' },
  { id: 'lainnya', name: 'Lainnya', nameEn: 'Other' },
];
