// English (and English mixed into Indonesian) as the guide writes it: the kiosk has an English
// interface, the answers are in Bahasa Indonesia. Applied to queries only, before the Indonesian
// lexicon, and only to words the guide itself does not use (so "online", "email" or "Return To
// Work" stay as the guide writes them). Written from general knowledge of how visitors and expats
// ask about BPJS Ketenagakerjaan, not from the evaluation queries. Content owners extend it.

/** Multi-word English, replaced first (keys lower case, single spaces). */
export const ENGLISH_PHRASES: Readonly<Record<string, string>> = {
  'how much': 'berapa', 'how many': 'berapa', 'how long': 'berapa lama', 'what is': 'apa itu', "what's": 'apa itu',
  'what are': 'apa saja', 'how do i': 'bagaimana cara', 'how can i': 'bagaimana cara', 'how to': 'bagaimana cara',
  'old age': 'hari tua', 'old age savings': 'jaminan hari tua', 'old age benefit': 'jaminan hari tua',
  'work accident': 'kecelakaan kerja', 'work injury': 'kecelakaan kerja', 'accident at work': 'kecelakaan kerja',
  'injured at work': 'kecelakaan kerja', 'on the way to work': 'perjalanan kerja', 'way to work': 'perjalanan kerja',
  'occupational disease': 'penyakit akibat kerja', 'occupational illness': 'penyakit akibat kerja', 'sick from work': 'penyakit akibat kerja',
  'death benefit': 'santunan kematian', 'passed away': 'meninggal', 'passed on': 'meninggal',
  'laid off': 'phk', 'let go': 'phk', 'lost my job': 'phk', 'lost job': 'phk', 'quit my job': 'mengundurkan diri', 'quit job': 'mengundurkan diri',
  'stopped working': 'berhenti bekerja', 'stop working': 'berhenti bekerja', 'no longer working': 'berhenti bekerja',
  'self employed': 'bukan penerima upah', 'self-employed': 'bukan penerima upah', 'migrant worker': 'pekerja migran',
  'work abroad': 'pekerja migran', 'working abroad': 'pekerja migran', 'foreign worker': 'tenaga asing', 'foreigner': 'tenaga asing',
  'leave indonesia': 'luar negeri', 'leaving indonesia': 'luar negeri', 'move abroad': 'luar negeri',
  'membership card': 'kartu peserta', 'member card': 'kartu peserta', 'id card': 'ktp', 'family card': 'kartu keluarga',
  'bank account': 'rekening', 'phone number': 'nomor handphone', 'opening hours': 'jam pelayanan', 'office hours': 'jam pelayanan',
  'did not pay': 'tidak bayar', "didn't pay": 'tidak bayar', 'does not pay': 'tidak bayar', "doesn't pay": 'tidak bayar',
  'not paid': 'tidak bayar', 'never paid': 'tidak bayar', 'not registered': 'belum terdaftar', 'never registered': 'belum terdaftar',
  'sign up': 'daftar', 'house loan': 'kpr', 'home loan': 'kpr', 'housing loan': 'kpr', 'construction project': 'jasa konstruksi',
  'construction worker': 'jasa konstruksi', 'daily worker': 'harian lepas', 'am i covered': 'perlindungan', 'still covered': 'perlindungan',
  'down payment': 'uang muka', 'date of birth': 'tanggal lahir', 'birth date': 'tanggal lahir', 'work permit': 'izin kerja',
  'reference letter': 'paklaring', 'experience letter': 'paklaring', 'resignation letter': 'surat pengunduran diri',
  'on behalf of': 'kuasa', 'pension fund': 'program pensiun', 'death benefit claim': 'klaim jkm', 'hospital bill': 'biaya rumahsakit',
  'new hire': 'pekerja baru', 'new employee': 'pekerja baru', 'late payment': 'terlambat bayar', 'pay late': 'terlambat bayar',
  'not from work': 'bukan kecelakaan kerja', 'not work related': 'bukan kecelakaan kerja', 'same as': 'sama',
  // English names the guide itself uses stay as they are
  'return to work': 'return to work', 'relationship officer': 'relationship officer',
};

/**
 * English words the guide writes only inside English names ("Return To Work", "Relationship
 * Officer", "ceiling wages"): translated even so, or "how to claim at work" would find the
 * return-to-work answers by "to" and "work". The names themselves stay (ENGLISH_PHRASES).
 */
export const ENGLISH_ONLY_IN_NAMES: ReadonlySet<string> = new Set(['to', 'work', 'of', 'an', 'officer', 'wages', 'days', 'medical', 'disease', 'unpaid']);

/** Single English words -> the guide's word(s); '' drops a word that carries no meaning here. Not "no": visitors write it for nomor. */
export const ENGLISH_WORDS: Readonly<Record<string, string>> = {
  // function words, pronouns, auxiliaries
  i: '', me: '', my: '', mine: '', you: '', your: '', we: '', our: '', it: '', its: '', the: '', a: '', an: '', is: '', am: '',
  are: '', was: '', were: '', be: '', been: '', do: '', does: '', did: '', have: '', has: '', had: '', will: '', would: '',
  should: '', could: '', of: '', for: '', to: '', in: '', on: '', at: '', by: '', with: '', from: '', and: '', or: '', but: '',
  this: '', that: '', there: '', please: '', hello: '', hi: '', also: '', still: '', just: '', about: '', so: '', any: '',
  can: 'bisa', cannot: 'tidak bisa', cant: 'tidak bisa', not: 'tidak', never: 'tidak', yet: 'belum', already: 'sudah',
  if: 'jika', after: 'setelah', before: 'sebelum', when: 'kapan', where: 'dimana', what: 'apa', which: 'apa', who: 'siapa',
  why: 'kenapa', how: 'bagaimana', much: '', many: '', long: 'lama', need: 'perlu', want: 'ingin', get: 'dapat', got: 'dapat',
  receive: 'terima', receives: 'terima', received: 'terima', gets: 'dapat', needs: 'perlu', wants: 'ingin', pays: 'bayar',
  works: 'kerja', take: 'ambil', takes: 'ambil', withdraw: 'cair', withdrawal: 'pencairan', cashout: 'cair', disburse: 'cair',
  // people and work
  // a father or mother in a story is mostly the member ("my dad receives a pension"), as "bapak" is
  // in Indonesian; "parents" are the parents' pension (MPOT) and the heirs
  father: '', mother: '', dad: '', mom: '', parent: 'orang tua', parents: 'orang tua',
  son: 'anak', daughter: 'anak', kid: 'anak', kids: 'anak', family: 'keluarga', heir: 'ahli waris', heirs: 'ahli waris',
  widow: 'janda', widower: 'duda', spouse: 'suami istri', job: 'pekerjaan', work: 'kerja', working: 'bekerja', worked: 'bekerja',
  quit: 'mengundurkan diri', fired: 'phk', layoff: 'phk', dismissed: 'phk', unemployed: 'berhenti bekerja', staff: 'pekerja',
  boss: 'perusahaan', employers: 'pemberi kerja', workers: 'pekerja', employees: 'pekerja', member: 'peserta', members: 'peserta',
  membership: 'kepesertaan', participant: 'peserta', officer: 'petugas', counter: 'petugas', queue: 'antrian', ticket: 'antrian',
  // events and money
  died: 'meninggal', dies: 'meninggal', dead: 'meninggal', deceased: 'meninggal', funeral: 'pemakaman', accident: 'kecelakaan',
  injured: 'kecelakaan', injury: 'kecelakaan', hurt: 'kecelakaan', disabled: 'cacat', disability: 'cacat', illness: 'sakit',
  disease: 'penyakit', hospital: 'rumahsakit', treatment: 'pengobatan', medical: 'pengobatan', pensioner: 'pensiun', retired: 'pensiun',
  age: 'usia', old: 'usia', money: 'uang', salary: 'upah', wage: 'upah', wages: 'upah', pay: 'bayar', paid: 'bayar', unpaid: 'tunggak',
  contribution: 'iuran', contributions: 'iuran', premium: 'iuran', arrears: 'tunggak', penalty: 'denda', fine: 'denda',
  savings: 'saldo', covered: 'perlindungan', coverage: 'perlindungan', protection: 'perlindungan', protected: 'perlindungan',
  monthly: 'berkala', lumpsum: 'sekaligus', partial: 'sebagian', percent: 'persen', house: 'rumah', housing: 'perumahan',
  // documents and channels
  register: 'daftar', registration: 'pendaftaran', join: 'daftar', signup: 'daftar', renew: 'perpanjang', reprint: 'cetak ulang',
  print: 'cetak', replace: 'ganti', change: 'ubah', wrong: 'salah', missing: 'hilang', stolen: 'hilang', damaged: 'rusak',
  letter: 'surat', certificate: 'surat keterangan', passport: 'paspor', bank: 'bank', account: 'akun', password: 'password',
  check: 'cek', see: 'lihat', status: 'status', process: 'proses', days: 'hari', day: 'hari', months: 'bulan', month: 'bulan',
  years: 'tahun', year: 'tahun', online: 'online', app: 'aplikasi', application: 'aplikasi', open: 'buka', closed: 'tutup',
  complaint: 'pengaduan', complain: 'pengaduan', abroad: 'luar negeri', foreign: 'asing', construction: 'konstruksi',
  project: 'konstruksi', migrant: 'pekerja migran', informal: 'informal', freelancer: 'bpu', driver: 'bpu', farmer: 'bpu', fisherman: 'bpu',
  // time, state and change
  late: 'terlambat', overdue: 'tunggak', delay: 'terlambat', delayed: 'terlambat', new: 'baru', start: 'mulai', starts: 'mulai',
  begin: 'mulai', begins: 'mulai', effective: 'efektif', until: 'sampai', since: 'sejak', during: 'selama', every: 'setiap', each: 'setiap',
  same: 'sama', different: 'beda', other: 'lain', another: 'lain', again: 'kembali', more: 'lebih', less: 'kurang', than: '',
  continue: 'lanjut', continued: 'lanjut', stop: 'berhenti', stopped: 'berhenti', active: 'aktif', inactive: 'nonaktif', valid: 'berlaku',
  expire: 'kadaluarsa', expires: 'kadaluarsa', limit: 'batas', maximum: 'maksimal', minimum: 'minimal', first: 'pertama', last: 'terakhir',
  // people, places, documents
  home: 'rumah', live: 'tinggal', lives: 'tinggal', living: 'tinggal', country: 'negara', citizen: 'kewarganegaraan', citizenship: 'kewarganegaraan',
  nationality: 'kewarganegaraan', expat: 'tenaga asing', expatriate: 'tenaga asing', colleague: 'pekerja', coworker: 'pekerja',
  employee: 'pekerja', hire: 'pekerja baru', hired: 'pekerja baru', intern: 'magang', daily: 'harian',
  brother: 'saudara', sister: 'saudara', sibling: 'saudara', siblings: 'saudara', divorced: 'cerai', remarried: 'menikah lagi',
  pregnant: 'hamil', born: 'lahir', birth: 'lahir', baby: 'anak', orphan: 'anak', school: 'sekolah', university: 'sekolah', college: 'sekolah',
  student: 'sekolah', tuition: 'beasiswa', burial: 'pemakaman', grave: 'pemakaman', name: 'nama', data: 'data', correct: 'koreksi',
  fix: 'perbaiki', update: 'ubah', original: 'asli', copy: 'fotokopi', stamp: 'stempel', police: 'kepolisian', permit: 'izin',
  documents: 'dokumen', document: 'dokumen', required: 'syarat', needed: 'perlu', form: 'formulir', representative: 'kuasa',
  proxy: 'kuasa', behalf: 'kuasa', authorize: 'kuasa', // "on behalf of" a member
  // health and accidents
  sickness: 'sakit', doctor: 'dokter', clinic: 'faskes', surgery: 'operasi', broke: 'patah', broken: 'patah', leg: 'kaki', arm: 'tangan',
  hand: 'tangan', finger: 'jari', fell: 'jatuh', fall: 'jatuh', crash: 'kecelakaan', transport: 'transportasi', ambulance: 'ambulans',
  reimburse: 'reimbursement', reimbursed: 'reimbursement', recover: 'sembuh', recovered: 'sembuh', bill: 'tagihan', bills: 'tagihan',
  // money and the programmes
  invest: 'investasi', invested: 'investasi', investment: 'investasi', fund: 'dana', funds: 'dana', interest: 'pengembangan',
  deduct: 'potong', deducted: 'potong', cut: 'potong', cuts: 'potong', deposit: 'setor', deposited: 'setor', sanction: 'sanksi',
  report: 'lapor', reported: 'lapor', code: 'kode', rate: 'besaran', loan: 'pinjaman', mortgage: 'kpr', renovate: 'renovasi',
  renovation: 'renovasi', rent: 'sewa', training: 'pelatihan', safety: 'keselamatan', equipment: 'peralatan', priority: 'prioritas',
  elderly: 'lansia', wheelchair: 'kursi roda', hours: 'jam', holiday: 'hari libur', saturday: 'sabtu', sunday: 'minggu',
  // a nationality says the member is a foreign worker
  indian: 'tenaga asing', korean: 'tenaga asing', japanese: 'tenaga asing', chinese: 'tenaga asing', american: 'tenaga asing',
  australian: 'tenaga asing', malaysian: 'tenaga asing', filipino: 'tenaga asing', british: 'tenaga asing', german: 'tenaga asing',
};
