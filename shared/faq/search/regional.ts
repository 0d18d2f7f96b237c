// Regional words heard at branch counters and typed or dictated at the kiosk: Javanese (ngoko and
// krama), Sundanese, Betawi and Minang forms of everyday words, and the everyday names of the
// programmes' situations ("simpanan", "uang bulanan waktu tua"). Written from general knowledge of
// the languages; merged into the informal lexicon (lexicon.ts), so they read as the guide's words.

/** Multi-word forms (keys lower case, single spaces). */
export const REGIONAL_PHRASES: Readonly<Record<string, string>> = {
  // Javanese
  'nyambut damel': 'bekerja', 'kados pundi': 'bagaimana', 'nopo mawon': 'apa saja', 'napa mawon': 'apa saja', 'saben wulan': 'berkala',
  'iso ora': 'bisa', 'ora iso': 'tidak bisa', 'mboten saged': 'tidak bisa', 'wis ora kerja': 'berhenti bekerja', 'mandeg kerja': 'berhenti bekerja',
  // Sundanese
  'naon wae': 'apa saja', 'kumaha carana': 'bagaimana cara', 'teu acan': 'belum', 'tos kaluar': 'mengundurkan diri',
  // Minang
  'apo sajo': 'apa saja', 'baa caro': 'bagaimana cara',
  // everyday names of the programmes' money and situations
  'uang bulanan': 'manfaat pensiun berkala', 'gaji pensiun': 'manfaat pensiun berkala', 'waktu tua': 'hari tua pensiun',
  'masa tua': 'hari tua pensiun',
  'dipotong gaji': 'iuran', 'potong gaji': 'iuran', 'potongan gaji': 'iuran', 'jualan sendiri': 'bukan penerima upah',
  'buka warung': 'bukan penerima upah', 'tidak punya atasan': 'bukan penerima upah', 'tanpa atasan': 'bukan penerima upah',
  'tidak punya bos': 'bukan penerima upah', 'bisa kerja lagi': 'kembali bekerja return to work',
  'pinjaman rumah': 'kpr perumahan', 'pinjaman renovasi': 'renovasi perumahan mlt',
  
};

/** Single words. */
export const REGIONAL_WORDS: Readonly<Record<string, string>> = {
  // Javanese: people, family, body
  kulo: 'saya', kula: 'saya', aku: 'saya', nyong: 'saya', inyong: 'saya', bojo: 'suami istri', bojoku: 'suami istri', bojone: 'suami istri',
  garwa: 'suami istri', garwo: 'suami istri', putra: 'anak', putri: 'anak', putranipun: 'anak', anakku: 'anak', bapake: 'orang tua',
  simbah: 'orang tua', mbah: 'orang tua', sepuh: 'tua', tiyang: 'orang', uwong: 'orang', wong: 'orang', sikil: 'kaki', sikile: 'kaki',
  // Javanese: events and actions
  seda: 'meninggal', sedo: 'meninggal', tilar: 'meninggal', pejah: 'meninggal', gerah: 'sakit', loro: 'sakit', lara: 'sakit',
  tabrakan: 'kecelakaan', keserempet: 'kecelakaan', kecemplung: 'kecelakaan', budhal: 'berangkat', mangkat: 'berangkat', mulih: 'pulang',
  mbeto: 'bawa', nggowo: 'bawa', gowo: 'bawa', mendet: 'ambil', pendhet: 'ambil', njikuk: 'ambil', ngurus: 'urus', ndandani: 'perbaiki',
  nganggo: 'pakai', ngangge: 'pakai', diwakilaken: 'wakil', diwakilke: 'wakil', tindak: 'datang', piyambak: 'sendiri', dhewe: 'sendiri',
  kedah: 'harus', kudune: 'harus', saged: 'bisa', angsal: 'boleh', pikantuk: 'dapat', entuk: 'dapat', oleh: 'dapat', nampi: 'terima',
  // Javanese: time, amounts, question words
  wulan: 'bulan', sasi: 'bulan', taun: 'tahun', warsa: 'tahun', wingi: 'kemarin', sakniki: 'sekarang', saiki: 'sekarang', nembe: 'baru',
  esuk: 'pagi', esuke: 'besok', yuswa: 'usia', umure: 'usia', sewidak: '60', seket: '50', langkung: 'lebih', malih: 'lagi', maneh: 'lagi',
  sopo: 'siapa', sinten: 'siapa', pundi: 'dimana', ngendi: 'dimana', pinten: 'berapa', caranipun: 'cara', carane: 'cara',
  mboten: 'tidak', dereng: 'belum', durung: 'belum', sampun: 'sudah', wis: 'sudah', griya: 'rumah', omah: 'rumah', omahku: 'rumah',
  biayane: 'biaya', duwite: 'uang', artone: 'uang', kangge: 'untuk', kanggo: 'untuk', niki: 'ini', iki: 'ini', niku: 'itu',
  nanggung: 'tanggung', sing: 'yang', ingkang: 'yang', teng: 'di', nang: 'di', amargi: 'karena', mergo: 'karena', soale: 'karena',
  montor: 'motor', pabrike: 'pabrik', kerjone: 'kerja', nyambut: 'kerja', damel: 'kerja', gawe: 'kerja',
  // Sundanese
  abdi: 'saya', simkuring: 'saya', kuring: 'saya', salaki: 'suami', pamajikan: 'istri', lanceuk: 'kakak', adi: 'adik', budak: 'anak',
  maot: 'meninggal', pupus: 'meninggal', gering: 'sakit', udur: 'sakit', leungit: 'hilang', kaluar: 'keluar', digawe: 'kerja', damelan: 'pekerjaan',
  hoyong: 'ingin', palay: 'ingin', nyandak: 'ambil', artos: 'uang', acan: 'belum', tos: 'sudah', parantos: 'sudah', teu: 'tidak',
  henteu: 'tidak', tiasa: 'bisa', lami: 'lama', kapengker: 'lalu', ngajukeun: 'aju', naon: 'apa', wae: 'saja',
  saha: 'siapa', iraha: 'kapan', kamana: 'dimana', kusabab: 'karena', margi: 'karena', jambatan: 'jembatan', santunanana: 'santunan',
  // Betawi
  aye: 'saya', ane: 'saya', kagak: 'tidak', nyang: 'yang', daptar: 'daftar', daptarin: 'daftar', bayarnye: 'bayar', berape: 'berapa',
  emang: 'memang', gimane: 'bagaimana', kenape: 'kenapa', ampe: 'sampai', kaga: 'tidak', ngurusin: 'urus',
  // Minang
  ambo: 'saya', awak: 'saya', bakarajo: 'bekerja', karajo: 'kerja', indak: 'tidak', alun: 'belum', lah: 'sudah', apo: 'apa',
  mandaftaran: 'daftar', mandaftar: 'daftar', induak: 'pemilik', samang: 'perusahaan', sapuluah: '10', pitih: 'uang',
  // everyday names of the programmes' money and situations
  simpanan: 'saldo jht', celaka: 'kecelakaan', tertabrak: 'kecelakaan', ditabrak: 'kecelakaan',
  melaut: 'nelayan', hanyut: 'hilang', tenggelam: 'hilang', warung: 'bpu', jualan: 'bpu', dagang: 'bpu', 
  celakanya: 'kecelakaan', 
};
