// How visitors write, mapped to how the guide writes. Written from general knowledge of Indonesian
// chat language and BPJS Ketenagakerjaan vocabulary, not from the evaluation queries, so it should
// carry over to questions nobody has typed yet. Content owners extend it from the kiosk's query log.
//  - INFORMAL_PHRASES / INFORMAL_WORDS replace what the visitor typed (full weight).
//  - SYNONYM_GROUPS add the other members as weaker alternatives (see search.ts): a visitor who
//    types "cair" also finds answers that say "klaim", but an answer with "cair" still ranks first.

import { REGIONAL_PHRASES, REGIONAL_WORDS } from './regional.ts';

/** Multi-word forms, replaced before words are looked up. Keys are lower case, single spaces. */
export const INFORMAL_PHRASES: Readonly<Record<string, string>> = {
  ...REGIONAL_PHRASES, // regional.ts; the entries below win where both list a form
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
  'uang duka': 'santunan kematian jkm', 'ojek online': 'bukan penerima upah', 'kerja sendiri': 'bukan penerima upah',
  'usaha sendiri': 'bukan penerima upah', 'terima kasih': '', 'makasih banyak': '', 'call center': 'contact center',
  'customer service': 'petugas', 'lump sum': 'lumpsum', 'kata sandi': 'password', 'lapak asik': 'e-klaim', 'klaim online': 'e-klaim',
  'luar negri': 'luar negeri', 'apa itu': 'definisi', 'yang dimaksud': 'definisi', 'yg dimaksud': 'definisi',
  'masih kerja': 'masih bekerja aktif', 'masih aktif': 'masih bekerja aktif', 'tenaga kerja asing': 'tenaga asing', 'warga negara asing': 'tenaga asing', 'no hp': 'handphone',
  // everyday phrasings of "not working any more", "online", partial withdrawal and occupational illness
  'ga kerja': 'berhenti bekerja', 'gak kerja': 'berhenti bekerja', 'nggak kerja': 'berhenti bekerja', 'tidak kerja': 'berhenti bekerja',
  'tdk kerja': 'berhenti bekerja', 'ngga kerja': 'berhenti bekerja', 'sudah tidak bekerja': 'berhenti bekerja', 'nyambut gawe': 'kerja',
  'lewat hp': 'online', 'via hp': 'online', 'pake hp': 'online', 'pakai hp': 'online', 'dari hp': 'online', 'lwt hp': 'online',
  'tiga puluh': '30', 'sakit karena kerja': 'penyakit akibat kerja pak', 'penyakit karena kerja': 'penyakit akibat kerja pak',
  'sakit akibat kerja': 'penyakit akibat kerja pak', 'call centre': 'contact center', 'surat pengalaman kerja': 'paklaring',
  'dp rumah': 'uang muka rumah', 'belum bayar': 'tunggak', 'blm bayar': 'tunggak', 'ga bayar': 'tunggak',
  'gak bayar': 'tunggak', 'tidak bayar': 'tunggak', 'nggak bayar': 'tunggak', 'masuk aplikasi': 'login aplikasi',
  'masuk akun': 'login akun', 'masuk ke aplikasi': 'login aplikasi', 'biaya sekolah': 'beasiswa', 'bantuan pendidikan': 'beasiswa',
  'bantuan sekolah': 'beasiswa', 'per bulan': '', 'per tahun': '', 'rawat inap': 'rawat inap', 'no rek': 'nomor rekening',
  // visitors call the programmes insurance, and name the death benefit by what it pays
  'asuransi kematian': 'jaminan kematian jkm', 'asuransi kecelakaan': 'jaminan kecelakaan kerja jkk',
  'asuransi pensiun': 'jaminan pensiun jp', 'asuransi hari tua': 'jaminan hari tua jht', 'santunan kematian': 'santunan kematian jkm',
  // artificial limbs and aids, in the guide's medical words
  'kaki palsu': 'prothesa', 'tangan palsu': 'prothesa', 'alat bantu': 'orthose', 'kursi roda': 'orthose',
};

/** Abbreviations, slang and informal spellings -> the guide's word(s). */
export const INFORMAL_WORDS: Readonly<Record<string, string>> = {
  ...REGIONAL_WORDS, // regional.ts; the entries below win where both list a form
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
  bpjstk: 'bpjs ketenagakerjaan', bpjamsostek: 'jamsostek bpjs ketenagakerjaan', jamsostek: 'bpjs ketenagakerjaan', bpjsnaker: 'bpjs ketenagakerjaan',
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
  // Javanese, Sundanese and Betawi forms heard at branch counters (question words, negation, aspect)
  opo: 'apa', nopo: 'apa', ape: 'apa', apah: 'apa', piye: 'bagaimana', pripun: 'bagaimana', gimane: 'bagaimana',
  kepriye: 'bagaimana', kumaha: 'bagaimana', pira: 'berapa', piro: 'berapa', sabaraha: 'berapa', endi: 'dimana', dimane: 'dimana',
  ora: 'tidak', mboten: 'tidak', kaga: 'tidak', kgk: 'tidak', teu: 'tidak', wis: 'sudah', uwis: 'sudah', sampun: 'sudah',
  durung: 'belum', kudu: 'harus', iso: 'bisa', isa: 'bisa', saged: 'bisa', aye: 'saya', ane: 'saya', kulo: 'saya',
  ente: 'anda', sampeyan: 'anda', njupuk: 'ambil', jupuk: 'ambil', mbayar: 'bayar', duwit: 'uang', maksude: 'definisi',
  maksudnye: 'definisi', artine: 'definisi', mksd: 'definisi', mksdnya: 'definisi', tu: 'itu', ntar: 'nanti', entar: 'nanti',
  // chat abbreviations of ordinary words
  hrs: 'harus', hrus: 'harus', kyk: 'seperti', kayak: 'seperti', kek: 'seperti', kya: 'seperti', dtg: 'datang', dateng: 'datang',
  pinjem: 'pinjam', minjem: 'pinjam', deket: 'dekat', dket: 'dekat', almt: 'alamat', kntr: 'kantor', ktr: 'kantor',
  prshn: 'perusahaan', prsh: 'perusahaan', perush: 'perusahaan', krj: 'kerja', krja: 'kerja', sblm: 'sebelum', sblum: 'sebelum',
  stlh: 'setelah', stelah: 'setelah', bkn: 'bukan', jd: 'jadi', jdi: 'jadi', dlu: 'dulu', org: 'orang', orng: 'orang',
  bnyk: 'banyak', byk: 'banyak', bbrp: 'beberapa', smua: 'semua', smw: 'semua', cpt: 'cepat', cepet: 'cepat', knapa: 'kenapa',
  kenape: 'kenapa', sampe: 'sampai', ampe: 'sampai', tiap: 'setiap', berenti: 'berhenti', brenti: 'berhenti', brhenti: 'berhenti',
  gabisa: 'tidak bisa', gbs: 'tidak bisa', gakbisa: 'tidak bisa', gabs: 'tidak bisa', gkbs: 'tidak bisa', gpp: 'tidak apa',
  didapet: 'diperoleh', didapat: 'diperoleh', dapetin: 'dapat', nerima: 'terima', dikasih: 'diberikan', dikasi: 'diberikan',
  ngasih: 'beri', kasih: 'beri', bokap: 'orang tua', nyokap: 'orang tua', misua: 'suami', nyicil: 'cicil', cicilan: 'cicil',
  batalin: 'batal', dibatalin: 'batal', maks: 'maksimal', max: 'maksimal', maximal: 'maksimal', maximum: 'maksimal', minim: 'minimal',
  sepuluh: '10', tigapuluh: '30', opname: 'rawat inap', dirawat: 'rawat', berobat: 'pengobatan', ngobatin: 'pengobatan',
  parklaring: 'paklaring', pakelaring: 'paklaring', paklaringnya: 'paklaring', norek: 'nomor rekening', atm: 'rekening',
  // rate units: "iuran sebulan", "upah sebulan" name an amount, they are not about months (a
  // month word would pull in the answers about months of arrears)
  sebulan: '', perbulan: '', sebulannya: '', pertahun: '', setahun: '',
  // family, arrears and documents, in the guide's words
  kawin: 'nikah', married: 'nikah', divorce: 'cerai', single: 'lajang', bujang: 'lajang', jomblo: 'lajang', sodara: 'saudara',
  wife: 'istri', husband: 'suami', child: 'anak', children: 'anak', tewas: 'meninggal', tabrakan: 'kecelakaan',
  lumpuh: 'cacat', amputasi: 'cacat', diamputasi: 'cacat', utang: 'tunggak', hutang: 'tunggak', ngutang: 'tunggak',
  bill: 'tagihan', unggah: 'upload', aplot: 'upload', uplod: 'upload', document: 'dokumen', documents: 'dokumen',
  phone: 'handphone', number: 'nomor', tax: 'pajak', pph: 'pajak',
  // problems, in the guide's word
  susah: 'kendala', ribet: 'kendala', error: 'kendala', eror: 'kendala', trouble: 'kendala', masalah: 'kendala', bermasalah: 'kendala',
  // deadlines
  kedaluwarsa: 'kadaluarsa', expired: 'kadaluarsa', hangus: 'kadaluarsa', deadline: 'batas waktu', tenggat: 'batas waktu',
  // English words of the office and the programmes
  cash: 'tunai', refund: 'kembali', submit: 'aju', cancel: 'batal', reject: 'tolak', rejected: 'tolak', benefit: 'manfaat',
  benefits: 'manfaat', scholarship: 'beasiswa', insurance: 'asuransi', company: 'perusahaan', office: 'kantor', branch: 'kantor cabang',
  sick: 'sakit', retire: 'pensiun', retirement: 'pensiun', employee: 'pekerja', worker: 'pekerja', employer: 'pemberi kerja',
  contract: 'kontrak', fee: 'biaya', free: 'gratis', download: 'unduh', iphone: 'ios', ipon: 'ios', andro: 'android',
  gmail: 'email', otp: 'verifikasi', verif: 'verifikasi', web: 'website', situs: 'website', hotline: 'contact center',
  callcenter: 'contact center', cc: 'contact center', weekend: 'hari libur',
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
  // "apa aja yang harus dibawa": what to bring is the list of documents
  ['bawa', 'dokumen', 'persyaratan'],
  ['asuransi', 'jaminan'],
  // "kantor buka jam berapa", "sabtu buka?": opening hours
  ['buka', 'jam pelayanan', 'operasional'],
  ['sabtu', 'hari libur', 'jam pelayanan'],
  ['fitur', 'layanan', 'menu'],
  ['ubah', 'ganti', 'koreksi', 'perbaiki', 'perubahan'],
  ['daftar', 'pendaftaran', 'registrasi'],
  ['hilang', 'rusak', 'tidak ada'],
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
  ['santunan', 'manfaat'],
  ['ulang', 'kembali'],
  ['tutup', 'bubar', 'nonaktif', 'non aktif', 'pailit', 'bangkrut'],
  // "pak" is indexed now that it is not a stop word (stopwords.ts); typed, it also finds the spelled-out name
  ['pak', 'penyakit akibat kerja'],
  ['berkala', 'bulanan'],
  ['sebagian', '10 persen', '30 persen'],
  ['gratis', 'ditanggung', 'tanpa biaya'],
  ['ikut', 'daftar'],
  ['wajib', 'harus'],
  ['kendala', 'gagal', 'tidak bisa'],
  ['ios', 'android', 'non android'],
  ['unduh', 'download'],
];
