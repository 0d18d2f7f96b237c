/** Words of the reports page, the semester printout and the PDF (Bahasa Indonesia). */
import type { CallRule, FastTrackReason } from '../queue/ticket.ts';

export const FAST_TRACK_LABEL_ID: Record<FastTrackReason, string> = {
  pregnant: 'Ibu hamil',
  disability: 'Difabel',
  elderly: 'Lansia',
  eclaim: 'Sudah e-klaim',
};

export const CALL_RULE_LABEL_ID: Record<CallRule, string> = {
  normal: 'Urutan biasa',
  'fast-track': 'Fast track didahulukan',
  'normal-wait-limit': 'Batas tunggu 45 menit (antrean biasa didahulukan)',
  directed: 'Dipindahkan ke loket tertentu',
  'out-of-order': 'Dipanggil petugas di luar urutan',
};

export const COMPLAINT_CHANNEL_LABEL_ID: Record<string, string> = {
  kiosk: 'Kios-K',
  counter: 'Loket CSO',
  phone: 'Telepon / contact center 175',
  email: 'E-mail',
  social_media: 'Media sosial',
  mass_media: 'Media massa',
  external: 'Rujukan luar (SP4N-LAPOR!)',
  letter: 'Surat / SMS',
  website: 'Situs web',
  other: 'Lainnya',
};

export const COMPLAINT_STATUS_LABEL_ID: Record<string, string> = {
  diterima: 'Diterima',
  diverifikasi: 'Diverifikasi',
  dalam_proses: 'Dalam proses',
  menunggu_kelengkapan: 'Menunggu kelengkapan data',
  selesai: 'Selesai',
  ditutup_tidak_lengkap: 'Ditutup (data tidak lengkap)',
  dieskalasi: 'Dieskalasi ke Kantor Wilayah',
};

export const WEEKDAY_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** What each SKM element is read beside in the semester review (issue 16). */
export const ELEMENT_BESIDE_ID: Record<string, string> = {
  u2: 'Pengunjung dipanggil tidak hadir dan kembali (prosedur antrean)',
  u3: 'Waktu tunggu P90 dan porsi lewat target 30 menit',
  u6: 'Waktu layanan median per petugas',
  u9: 'Pengaduan selesai dalam 5 hari kerja',
};

/** How each figure is computed, printed in the semester report's method section. */
export const METHOD_ID: readonly string[] = [
  'Sumber: tabel tiket, log status loket, pengaduan, survei dan umpan balik FAQ di basis data cabang; hari layanan menurut zona waktu cabang.',
  'Waktu tunggu: dari pengambilan nomor sampai panggilan yang berujung pada layanan pertama; bila dipanggil ulang atau kembali setelah tidak hadir, panggilan terakhir yang dihitung. Hanya kunjungan yang selesai dilayani.',
  'Median dan persentil ke-90 memakai metode peringkat terdekat (nilai pada peringkat ceil(p x n)); rata-rata tidak dipakai karena waktu tunggu menceng.',
  'Lewat target: waktu tunggu lebih dari 30 menit (Operasional 25, seed 004); untuk fast track lebih dari 10 menit.',
  'Waktu layanan: dari mulai dilayani sampai selesai pada layanan yang menutup kunjungan; petugas adalah yang masuk di loket saat selesai.',
  'Waktu buka, jeda dan menganggur loket: dari log perubahan status loket, dipotong di akhir hari layanan; menganggur = buka - waktu melayani.',
  'Fast track: aturan panggilan yang membawa tiap kunjungan ke loket; batas tunggu antrean biasa 45 menit.',
  'Akurasi estimasi: estimasi tunggu yang tercetak pada tiket dibanding waktu tunggu sebenarnya; terlalu rendah = menunggu lebih dari 10 menit di atas estimasi.',
  'Pengaduan: tepat waktu bila jam hukum (dihentikan saat menunggu kelengkapan data) memakai paling banyak 5 hari kerja (Pasal 10(2) Peraturan BPJS TK 3/2018).',
  'IKM: PermenPANRB 14/2017, sembilan unsur, bobot 1/9, IKM = SKM x 25.',
  'Ketepatan: menit ditampilkan dengan satu desimal; median, P90 dan porsi lewat target dihitung dari ringkasan harian yang memuat setiap waktu tunggu pada resolusi 0,1 menit beserta sisi pembulatannya, sehingga hasilnya sama persis dengan perhitungan langsung dari setiap tiket.',
  'FAQ: jawaban yang dibuka di kios (sekali per pengunjung), pencarian yang ditinggalkan tanpa membuka jawaban ketika kios tidak menemukan jawaban yang cocok (hanya kata-katanya; angka panjang seperti NIK atau nomor HP diganti #), dan penilaian "Apakah jawaban ini membantu?". Tanpa data pribadi.',
];
