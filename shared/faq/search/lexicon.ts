// How visitors write, mapped to how the guide writes. Written from general knowledge of Indonesian
// chat language and BPJS Ketenagakerjaan vocabulary, not from the evaluation queries, so it should
// carry over to questions nobody has typed yet. Content owners extend it from the kiosk's query log.
//  - INFORMAL_PHRASES / INFORMAL_WORDS replace what the visitor typed (full weight).
//  - SYNONYM_GROUPS add the other members as weaker alternatives (see search.ts): a visitor who
//    types "cair" also finds answers that say "klaim", but an answer with "cair" still ranks first.

/** Multi-word forms, replaced before words are looked up. Keys are lower case, single spaces. */
export const INFORMAL_PHRASES: Readonly<Record<string, string>> = {
  // programme names also carry their acronym, so "jkk" finds an answer that only spells it out
  'jaminan hari tua': 'jaminan hari tua jht', 'jaminan kecelakaan kerja': 'jaminan kecelakaan kerja jkk',
  'jaminan kematian': 'jaminan kematian jkm', 'jaminan pensiun': 'jaminan pensiun jp',
  'bukan penerima upah': 'bukan penerima upah bpu', 'pusat layanan kecelakaan kerja': 'pusat layanan kecelakaan kerja plkk',
  'penyakit akibat kerja': 'penyakit akibat kerja pak', 'manfaat layanan tambahan': 'manfaat layanan tambahan mlt',
  'jaminan kehilangan pekerjaan': 'jaminan kehilangan pekerjaan jkp', 'pemutusan hubungan kerja': 'pemutusan hubungan kerja phk',
  'bpjs tk': 'bpjs ketenagakerjaan', 'bpjs naker': 'bpjs ketenagakerjaan', 'bp jamsostek': 'bpjs ketenagakerjaan',
  'keluar kerja': 'mengundurkan diri', 'keluar dari kerjaan': 'mengundurkan diri', 'keluar dari perusahaan': 'mengundurkan diri',
  'berhenti kerja': 'berhenti bekerja', 'kena phk': 'phk', 'di phk': 'phk', 'tk asing': 'tenaga asing', 'pekerja asing': 'tenaga asing',
  'itu apa': 'definisi', 'log in': 'login', 'sign in': 'login', 'keluar negeri': 'luar negeri', 'ke luar negeri': 'luar negeri',
  'uang duka': 'santunan kematian', 'ojek online': 'bukan penerima upah', 'kerja sendiri': 'bukan penerima upah',
  'usaha sendiri': 'bukan penerima upah', 'terima kasih': '', 'makasih banyak': '', 'call center': 'contact center',
  'customer service': 'petugas', 'lump sum': 'lumpsum', 'kata sandi': 'password', 'lapak asik': 'e-klaim', 'klaim online': 'e-klaim',
  'luar negri': 'luar negeri', 'apa itu': 'definisi', 'yang dimaksud': 'definisi', 'yg dimaksud': 'definisi',
  'masih kerja': 'masih bekerja aktif', 'masih aktif': 'masih bekerja aktif', 'tenaga kerja asing': 'tenaga asing', 'warga negara asing': 'tenaga asing', 'no hp': 'handphone',
};

/** Abbreviations, slang and informal spellings -> the guide's word(s). */
export const INFORMAL_WORDS: Readonly<Record<string, string>> = {
  // question words, pronouns, particles (then dropped as stop words)
  gimana: 'bagaimana', gmn: 'bagaimana', gmna: 'bagaimana', gmana: 'bagaimana', bgmn: 'bagaimana', bgm: 'bagaimana', gimna: 'bagaimana',
  brp: 'berapa', brapa: 'berapa', brpa: 'berapa', knp: 'kenapa', napa: 'kenapa', ngapa: 'kenapa', kpn: 'kapan', kapn: 'kapan',
  sy: 'saya', sya: 'saya', aq: 'saya', ak: 'saya', gua: 'saya', gw: 'saya', gue: 'saya', sj: 'saja', aja: 'saja',
  yg: 'yang', dgn: 'dengan', dg: 'dengan', utk: 'untuk', untk: 'untuk', buat: 'untuk', dr: 'dari', dri: 'dari', dlm: 'dalam',
  pd: 'pada', krn: 'karena', karna: 'karena', krna: 'karena', kl: 'kalau', klo: 'kalau', kalo: 'kalau', jk: 'jika',
  tp: 'tapi', tpi: 'tapi', sm: 'sama', lg: 'lagi', jg: 'juga', bs: 'bisa', bsa: 'bisa', bisakah: 'bisa', gmn2: 'bagaimana',
  // negation and aspect (kept: they change the meaning)
  tdk: 'tidak', tak: 'tidak', gak: 'tidak', ga: 'tidak', gk: 'tidak', g: 'tidak', nggak: 'tidak', ngga: 'tidak', engga: 'tidak',
  enggak: 'tidak', kagak: 'tidak', ndak: 'tidak', nda: 'tidak', gaada: 'tidak ada', gada: 'tidak ada',
  udh: 'sudah', udah: 'sudah', sdh: 'sudah', dah: 'sudah', uda: 'sudah', blm: 'belum', blom: 'belum', belom: 'belum', lom: 'belum',
  msh: 'masih', masi: 'masih', mash: 'masih', lama2: 'lama', lma: 'lama', lamanya: 'lama', lmbt: 'lambat', lelet: 'lambat',
  // time and amounts
  thn: 'tahun', th: 'tahun', taun: 'tahun', bln: 'bulan', hr: 'hari', hri: 'hari', mgg: 'minggu', tgl: 'tanggal',
  jt: 'juta', jta: 'juta', rb: 'ribu', rebu: 'ribu', umur: 'usia', usianya: 'usia',
  // identity and contact
  no: 'nomor', nmr: 'nomor', nomer: 'nomor', nmor: 'nomor', noer: 'nomor', hp: 'handphone', nohp: 'handphone', hape: 'handphone',
  ponsel: 'handphone', telp: 'telepon', tlp: 'telepon', telpon: 'telepon', nelpon: 'telepon', wa: 'whatsapp', imel: 'email',
  surel: 'email', mail: 'email', pw: 'password', pass: 'password', sandi: 'password', pin: 'password', rek: 'rekening',
  ektp: 'ktp', ttl: 'tanggal lahir',
  // the institution and its programmes
  bpjstk: 'bpjs ketenagakerjaan', bpjamsostek: 'bpjs ketenagakerjaan', jamsostek: 'bpjs ketenagakerjaan', bpjsnaker: 'bpjs ketenagakerjaan',
  naker: 'ketenagakerjaan', bpsj: 'bpjs', bjps: 'bpjs', bpjstenagakerja: 'bpjs ketenagakerjaan',
  // three-letter acronyms are too short for typo matching: their usual slips are listed instead
  jth: 'jht', hjt: 'jht', jhtnya: 'jht', jkmnya: 'jkm', jpnya: 'jp', kjp: 'kpj', pkj: 'kpj', bup: 'bpu', pbu: 'bpu', jmo: 'bpjstku', jamsostekmobile: 'bpjstku', apk: 'aplikasi', app: 'aplikasi', apps: 'aplikasi',
  tki: 'pekerja migran', pmi: 'pekerja migran', tkw: 'pekerja migran', tka: 'tenaga asing', wna: 'tenaga asing', bule: 'tenaga asing', expat: 'tenaga asing',
  eklaim: 'e-klaim', rs: 'rumahsakit', rsud: 'rumahsakit', hospital: 'rumahsakit', klinik: 'faskes', puskesmas: 'faskes',
  // actions, informal verb forms
  cairin: 'cair', nyairin: 'cair', ngecairin: 'cair', dicairin: 'cair', nyair: 'cair', cairnya: 'cair', pencairannya: 'cair',
  ngambil: 'ambil', ambilin: 'ambil', diambilin: 'ambil', narik: 'tarik', tarikin: 'tarik', ngurus: 'urus', ngurusin: 'urus',
  urusin: 'urus', ngecek: 'cek', cekin: 'cek', check: 'cek', ngedaftar: 'daftar', ndaftar: 'daftar', daftarin: 'daftar',
  register: 'daftar', registrasi: 'daftar', regis: 'daftar', bayarin: 'bayar', ngebayar: 'bayar', nyetor: 'setor', ngelapor: 'lapor',
  laporin: 'lapor', ngadu: 'pengaduan', nanya: 'tanya', nanyain: 'tanya', info: 'informasi', inpo: 'informasi', komplain: 'pengaduan', complain: 'pengaduan', keluhan: 'pengaduan', aduan: 'pengaduan',
  ngubah: 'ubah', rubah: 'ubah', merubah: 'ubah', dirubah: 'ubah', ganti2: 'ganti', gantiin: 'ganti', update: 'ubah', edit: 'ubah',
  benerin: 'perbaiki', betulin: 'perbaiki', revisi: 'koreksi', ilang: 'hilang', ilangin: 'hilang', kelangan: 'hilang',
  nunggak: 'tunggak', nunggu: 'tunggu', nungguin: 'tunggu', telat: 'terlambat', telad: 'terlambat', molor: 'terlambat',
  antri: 'antrian', antre: 'antrian', antrean: 'antrian', ngantri: 'antrian',
  onlen: 'online', daring: 'online', luring: 'offline', tf: 'transfer', trf: 'transfer',
  // work and life events
  resign: 'mengundurkan diri', resain: 'mengundurkan diri', risen: 'mengundurkan diri', resigned: 'mengundurkan diri',
  dipecat: 'phk', pecat: 'phk', diphk: 'phk', kerjaan: 'pekerjaan', gawe: 'kerja', nganggur: 'berhenti bekerja',
  karyawan: 'pekerja', pegawai: 'pekerja', buruh: 'pekerja', tk: 'pekerja', hrd: 'perusahaan',
  majikan: 'perusahaan', bos: 'perusahaan', pt: 'perusahaan', gaji: 'upah', gajian: 'upah', salary: 'upah', penghasilan: 'upah',
  duit: 'uang', doku: 'uang', wafat: 'meninggal', almarhum: 'meninggal', almarhumah: 'meninggal', alm: 'meninggal',
  almh: 'meninggal', mati: 'meninggal', laka: 'kecelakaan', accident: 'kecelakaan', kecelakan: 'kecelakaan', celaka: 'kecelakaan',
  ortu: 'orang tua', bini: 'istri', laki: 'suami', anak2: 'anak', sekolahnya: 'sekolah', kuliah: 'sekolah',
  difabel: 'cacat', disabilitas: 'cacat', pensiunan: 'pensiun', ojol: 'bpu', driver: 'bpu',
  freelance: 'bpu', freelancer: 'bpu', pedagang: 'bpu', petani: 'bpu', nelayan: 'bpu', wiraswasta: 'bpu',
  premi: 'iuran', potongan: 'iuran', kontraktor: 'konstruksi', proyek: 'konstruksi', bangunan: 'konstruksi',
  // everyday forms and English words visitors mix in
  dapet: 'dapat', dpt: 'dapat', pengen: 'ingin', pgn: 'ingin', mo: 'mau', pingin: 'ingin', bikin: 'buat',
  gmn2nya: 'bagaimana', trus: 'terus', trs: 'terus', abis: 'habis', hbs: 'habis', udahan: 'selesai', kelar: 'selesai',
  bgt: 'sekali', banget: 'sekali', skrg: 'sekarang', skrng: 'sekarang', kmrn: 'kemarin',
  tanggungan: 'tanggung', nyari: 'cari', nyariin: 'cari', liat: 'lihat', ngeliat: 'lihat', cek2: 'cek', dmn: 'dimana',
  gimanain: 'bagaimana', ngajuin: 'aju', ajuin: 'aju', diajuin: 'aju', ngisi: 'isi', isiin: 'isi', ngirim: 'kirim',
  kirimin: 'kirim', balikin: 'kembali', dibalikin: 'kembali', claim: 'klaim', klaem: 'klaim', balance: 'saldo',
  card: 'kartu', lost: 'hilang', account: 'akun', akunnya: 'akun', apply: 'daftar', pension: 'pensiun', death: 'meninggal',
  requirement: 'syarat', requirements: 'syarat', form: 'formulir', formnya: 'formulir', payment: 'bayar',
  reset: 'lupa', forgot: 'lupa', typo: 'salah', berbeda: 'beda', ortunya: 'orang tua',
  ngajuin2: 'aju', kontrakan: 'kontrak', outsource: 'outsourcing', os: 'outsourcing', satpam: 'pekerja',
  pkl: 'magang', praktek: 'praktik', prsn: 'persen', pengertian: 'definisi', dimaksud: 'definisi', apaan: 'definisi',
  artinya: 'definisi', maksudnya: 'definisi', lewat: 'melalui', via: 'melalui', pake: 'pakai', dipake: 'pakai',
  diwakilin: 'wakil', diwakilkan: 'wakil', wakilin: 'wakil', dikuasain: 'kuasa', kacab: 'kantor cabang', kc: 'kantor cabang', cs: 'petugas', cso: 'petugas',
};

/** Meaning groups. A query word (after the maps above, compared by stem) adds the rest of its group. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['klaim', 'pencairan', 'ambil', 'tarik', 'pengambilan'],
  ['meninggal', 'kematian', 'jkm', 'santunan kematian', 'ahli waris'],
  ['pensiun', 'jp', 'jaminan pensiun'],
  ['jht', 'jaminan hari tua', 'saldo'],
  ['kecelakaan', 'jkk', 'kecelakaan kerja'],
  ['jkp', 'kehilangan pekerjaan', 'phk'],
  ['phk', 'pemutusan hubungan kerja', 'berhenti bekerja'],
  ['mengundurkan diri', 'berhenti bekerja', 'resign'],
  ['kpj', 'kartu peserta', 'nomor peserta'],
  ['ktp', 'nik', 'identitas'],
  ['kk', 'kartu keluarga'],
  ['bpu', 'bukan penerima upah', 'mandiri', 'informal'],
  ['pu', 'penerima upah'],
  ['upah', 'gaji'],
  ['iuran', 'bayar', 'setor', 'rate', 'premi'],
  ['terlambat', 'tunggak', 'denda'],
  ['syarat', 'persyaratan', 'dokumen', 'berkas', 'kelengkapan'],
  ['ubah', 'ganti', 'koreksi', 'perbaiki', 'perubahan'],
  ['daftar', 'pendaftaran', 'registrasi'],
  ['hilang', 'rusak'],
  ['password', 'lupa'],
  ['handphone', 'hp', 'telepon'],
  ['bpjstku', 'aplikasi', 'mobile'],
  ['e-klaim', 'eklaim', 'online'],
  ['contact center', '1500910', '175', 'telepon'],
  ['pengaduan', 'keluhan', 'komplain'],
  ['rumah', 'perumahan', 'kpr', 'mlt'],
  ['beasiswa', 'sekolah', 'pendidikan'],
  ['rumahsakit', 'plkk', 'faskes', 'pengobatan'],
  ['cacat', 'disabilitas'],
  ['tenaga asing', 'tka', 'wna', 'asing'],
  ['pekerja migran', 'luar negeri'],
  ['luar negeri', 'nkri', 'negara lain', 'pindah negara'],
  ['konstruksi', 'jakon', 'jasa konstruksi'],
  ['magang', 'praktik'],
  ['paklaring', 'surat keterangan kerja', 'surat keterangan berhenti bekerja'],
  ['rekening', 'bank', 'tabungan'],
  ['antrian', 'kantor cabang'],
  ['sekaligus', 'lumpsum'],
  ['usia', 'umur'],
  ['cek', 'lihat', 'informasi'],
  ['lama', 'waktu', 'hari kerja'],
  ['petugas', 'cso', 'customer service'],
  ['kuasa', 'wakil', 'surat kuasa'],
  ['aktif', 'masih bekerja'],
];
