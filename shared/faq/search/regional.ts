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
  // more everyday phrases (Javanese krama and ngoko, Sundanese, Minang, Betawi and Malay)
  'tilar donya': 'meninggal', 'tilar dunya': 'meninggal', 'wong tuwa': 'orang tua', 'wong tuwane': 'orang tua', 'tiyang sepuh': 'orang tua',
  'durung rabi': 'belum menikah', 'dereng rabi': 'belum menikah', 'dereng nikah': 'belum menikah', 'teu acan nikah': 'belum menikah',
  'alun kawin': 'belum menikah', 'belon kawin': 'belum menikah', 'saben sasi': 'berkala', 'unggal bulan': 'berkala',
  'tiap bulan': 'berkala', 'satiok bulan': 'berkala', 'apa wae': 'apa saja', 'apa bae': 'apa saja', 'menapa kemawon': 'apa saja',
  'kepiye carane': 'bagaimana cara', 'piye carane': 'bagaimana cara', 'baa caronyo': 'bagaimana cara',
  'ba a caro': 'bagaimana cara', 'macam mane': 'bagaimana', 'macam mana': 'bagaimana', 'camana': 'bagaimana', 'ngan ukur': 'hanya', 'teu aya': 'tidak ada',
  'mboten wonten': 'tidak ada', 'ora ana': 'tidak ada', 'ora ono': 'tidak ada', 'indak ado': 'tidak ada', 'kagak ade': 'tidak ada', 'tak ade': 'tidak ada',
  'seket enem': '56', 'seket nem': '56', 'seket lima': '55', 'seket limo': '55', 'limo puluah anam': '56', 'lima puluh enam': '56', 'lima puluh lima': '55',
  'nyambut gawe': 'bekerja', 'golek gawean': 'cari kerja', 'hari tuo': 'hari tua', 'masa tuo': 'hari tua', 'teu damang': 'sakit', 'kurang sehat': 'sakit',
  'rumah sakitna': 'rumahsakit', 'rumah sakite': 'rumahsakit', 'griya sakit': 'rumahsakit', 'rumah sakik': 'rumahsakit', 'kartu keluargo': 'kartu keluarga',
  'dipun bekta': 'dibawa', 'dipun ambil': 'diambil', 'anak ketek': 'anak', 'budak leutik': 'anak', 'bocah cilik': 'anak',
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
  // more everyday words. Javanese (ngoko / krama): people and family
  kowe: 'anda', panjenengan: 'anda', njenengan: 'anda', dheweke: 'dia', piyambakipun: 'dia', wedok: 'perempuan', wadon: 'perempuan',
  lanang: 'laki', rabi: 'nikah', ragil: 'anak', mbarep: 'anak', yugo: 'anak', lare: 'anak', adhiku: 'adik', adhik: 'adik', kangmas: 'kakak',
  bapakku: 'bapak', bapakipun: 'bapak', ibuku: 'ibu', ibune: 'ibu', simbok: 'ibu', mbokku: 'ibu', sedulur: 'saudara', sedherek: 'saudara',
  // Javanese: events, actions, states
  metu: 'keluar', medal: 'keluar', mlebu: 'masuk', wangsul: 'pulang', bidhal: 'berangkat', lunga: 'pergi', kesah: 'pergi', teka: 'datang',
  rawuh: 'datang', dugi: 'sampai', tekan: 'sampai', njaluk: 'minta', nyuwun: 'minta', ngerti: 'tahu', mangertos: 'tahu', weruh: 'lihat',
  ndelok: 'lihat', ningali: 'lihat', golek: 'cari', pados: 'cari', nompo: 'terima', nampa: 'terima', nglunasi: 'lunas', lunasi: 'lunas',
  ndaftar: 'daftar', ndaftarke: 'daftar', didaftarke: 'daftar', mundhut: 'ambil', mendhet: 'ambil', nggawa: 'bawa', gawa: 'bawa', bekta: 'bawa', mbekta: 'bawa',
  ceblok: 'jatuh', tibo: 'jatuh', ketabrak: 'kecelakaan', kecelakan: 'kecelakaan', tatu: 'luka', urip: 'hidup', gesang: 'hidup', ngalih: 'pindah',
  ngganti: 'ganti', ngagem: 'pakai', ical: 'hilang', ilange: 'hilang', lali: 'lupa', kesupen: 'lupa', ngenteni: 'tunggu', ngrantos: 'tunggu',
  suwe: 'lama', dangu: 'lama', enggal: 'cepat', cepet: 'cepat', dipecat: 'phk', dilereni: 'phk', leren: 'berhenti', mandeg: 'berhenti', mandheg: 'berhenti',
  makarya: 'bekerja', gaweyan: 'pekerjaan', pegaweyan: 'pekerjaan', bayaran: 'upah', blanja: 'upah', bayare: 'upah', gajine: 'upah',
  // Javanese: question words, particles, time and amounts
  punapa: 'apa', menapa: 'apa', kenging: 'boleh', arep: 'mau', ajeng: 'mau', badhe: 'mau', isih: 'masih', taksih: 'masih', tasih: 'masih',
  karo: 'dengan', kalih: 'dengan', kaliyan: 'dengan', utawa: 'atau', nanging: 'tapi', ning: 'tapi', merga: 'karena', amarga: 'karena', yen: 'kalau', nek: 'kalau',
  menawi: 'kalau', manawi: 'kalau', neng: 'di', wonten: 'ada', saka: 'dari', seko: 'dari', saking: 'dari', menyang: 'ke', dhateng: 'ke', kuwi: 'itu', iku: 'itu',
  punika: 'ini', menika: 'ini', uga: 'juga', ugi: 'juga', banget: 'sekali', sanget: 'sekali', kabeh: 'semua', sedaya: 'semua', sedanten: 'semua', akeh: 'banyak',
  kathah: 'banyak', cilik: 'kecil', alit: 'kecil', gedhe: 'besar', ageng: 'besar', anyar: 'baru', lawas: 'lama', dhuwit: 'uang', arta: 'uang', yatra: 'uang',
  duwe: 'punya', nduwe: 'punya', gadhah: 'punya', kagungan: 'punya', olehe: 'dapat', biyen: 'dulu', rumiyin: 'dulu', kepengker: 'lalu',
  kepungkur: 'lalu', wingenane: 'kemarin', sesuk: 'besok', benjing: 'besok', bengi: 'malam', dalu: 'malam', isuk: 'pagi', enjing: 'pagi', dina: 'hari', dinten: 'hari',
  lair: 'lahir', miyos: 'lahir', tuwa: 'tua', tuwane: 'tua', dalan: 'jalan', sekolahan: 'sekolah', pundhi: 'dimana',
  siji: '1', setunggal: '1', telu: '3', tigang: '3', papat: '4', patang: '4', sekawan: '4', limang: '5', gangsal: '5', enem: '6', nem: '6', pitu: '7', wolu: '8',
  songo: '9', sanga: '9', sedasa: '10', sewelas: '11', rolas: '12', kalihwelas: '12', telulas: '13', patbelas: '14', limolas: '15', nembelas: '16',
  pitulas: '17', wolulas: '18', rongpuluh: '20', kalihdasa: '20', telungpuluh: '30', tigangdasa: '30', patangpuluh: '40', sekawandasa: '40',
  // Sundanese
  anjeun: 'anda', indung: 'ibu', ema: 'ibu', bapa: 'bapak', nini: 'orang tua', aki: 'orang tua', putrana: 'anak', budakna: 'anak', salakina: 'suami',
  keneh: 'masih', bade: 'mau', rek: 'mau', arek: 'mau', meunang: 'dapat', sareng: 'dengan', jeung: 'dengan',
  atanapi: 'atau', atawa: 'atau', sabab: 'karena', upami: 'kalau', lamun: 'kalau', ieu: 'ini', eta: 'itu', anu: 'yang', oge: 'juga', pisan: 'sekali',
  sadaya: 'semua', sadayana: 'semua', seueur: 'banyak', loba: 'banyak', leutik: 'kecil', ageung: 'besar', lila: 'lama', gajih: 'upah', imah: 'rumah',
  sakola: 'sekolah', jalmi: 'orang', jelema: 'orang', gaduh: 'punya', boga: 'punya', naha: 'kenapa', sabaraha: 'berapa',
  lebet: 'masuk', asup: 'masuk', uih: 'pulang', indit: 'berangkat', sumping: 'datang',
  nyuhunkeun: 'minta', menta: 'minta', terang: 'tahu', nyaho: 'tahu', nempo: 'lihat', milarian: 'cari', neangan: 'cari', narima: 'terima', mayar: 'bayar',
  dibayar: 'bayar', ngadaptar: 'daftar', ngadaptarkeun: 'daftar', didaptarkeun: 'daftar', nyokot: 'ambil', mawa: 'bawa', labuh: 'jatuh',
  ragrag: 'jatuh', katabrak: 'kecelakaan', cilaka: 'kecelakaan', hirup: 'hidup', ngaganti: 'ganti', gentos: 'ganti',
  make: 'pakai', ruksak: 'rusak', hilap: 'lupa', poho: 'lupa', ngantosan: 'tunggu', nungguan: 'tunggu', ayeuna: 'sekarang', kamari: 'kemarin',
  isukan: 'besok', baheula: 'dulu', poe: 'hari', wengi: 'malam', peuting: 'malam', nalika: 'saat', ngiring: 'ikut', sami: 'sama', sapertos: 'seperti',
  pagawe: 'pekerja', pagawai: 'pekerja', wungkul: 'saja', aya: 'ada', sukuna: 'kaki', leungeun: 'tangan', leungeunna: 'tangan', pabrikna: 'pabrik',
  kantorna: 'kantor', perusahaanana: 'perusahaan', artosna: 'uang', kartuna: 'kartu', saldona: 'saldo', hiji: '1', tilu: '3', opat: '4',
  genep: '6', dalapan: '8', salapan: '9', sapuluh: '10',
  // Minang
  den: 'saya', waang: 'anda', abak: 'bapak', amak: 'ibu', mandeh: 'ibu', ndak: 'tidak', nio: 'mau', dapek: 'dapat', jo: 'dengan', dek: 'karena',
  untuak: 'untuk', iko: 'ini', nan: 'yang', juo: 'juga', bana: 'sekali', sadonyo: 'semua', ketek: 'kecil', gadang: 'besar', lamo: 'lama', kantua: 'kantor',
  baranti: 'berhenti', barenti: 'berhenti', kalua: 'keluar', masuak: 'masuk', pai: 'pergi', mintak: 'minta', caliak: 'lihat', tarimo: 'terima',
  manarimo: 'terima', bayia: 'bayar', mambayia: 'bayar', maurus: 'urus', ambiak: 'ambil', maambiak: 'ambil', bao: 'bawa', mambao: 'bawa',
  sakik: 'sakit', jatuah: 'jatuh', maningga: 'meninggal', iduik: 'hidup', baganti: 'ganti', mamakai: 'pakai', lupo: 'lupa', manunggu: 'tunggu',
  bisuak: 'besok', sia: 'siapa', dima: 'dimana', bilo: 'kapan', bara: 'berapa', manga: 'kenapa', mancairkan: 'cair', cairkan: 'cair',
  manggaleh: 'bpu', bagaleh: 'bpu', baniago: 'bpu', pasa: 'pasar', ateh: 'atas', tuo: 'tua', supayo: 'supaya', caronyo: 'cara', caro: 'cara',
  ado: 'ada', talambek: 'terlambat', duo: '2', tigo: '3', ampek: '4', limo: '5', anam: '6', tujuah: '7', kartunyo: 'kartu',
  // Betawi and Malay (Riau, Malaysia-influenced chat)
  babe: 'bapak', enyak: 'ibu', nyak: 'ibu', udeh: 'sudah', belon: 'belum', ame: 'dengan', entu: 'itu', sape: 'siapa', dimane: 'dimana', saye: 'saya',
  rupenye: 'ternyata', rupanya: 'ternyata', katanye: 'katanya', kerje: 'kerja', kerjanye: 'kerja', kantornye: 'kantor', betulkan: 'perbaiki', betulin: 'perbaiki',
  pegi: 'pergi', kate: 'kata', mane: 'mana', ape: 'apa', tak: 'tidak', taon: 'tahun', setaon: 'tahun', gaje: 'upah', duitnye: 'uang', iurannye: 'iuran',
};
