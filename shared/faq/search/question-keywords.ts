// Document-side knowledge: the everyday words of what a question answers, as data. A visitor tells
// the situation ("pabrik saya bangkrut, bosnya kabur"), the guide names the case ("perusahaan sudah
// bubar (non aktif)"); the words a visitor uses for that case are indexed with the question (the
// `keywords` field of search-index.ts, weighted by SCORING.keywordField) so the story meets it.
// Each concept lists the questions that answer it (FAQ ids, most asked first) and quotes its
// source in the guide; a test checks every id exists and that the source names one of them.
// Words are written as visitors say them (the informal lexicon maps them like the query's words).
// Written from the guide's questions and answers and general knowledge of how branch visitors
// speak, not from the labelled queries. Content owners extend it from the kiosk's search log.

export interface QuestionConcept {
  readonly id: string;
  /** Everyday words and short phrases for the concept, space separated. */
  readonly words: string;
  /** The questions that answer it (indexed FAQ ids). */
  readonly questions: readonly string[];
  /** Where the guide says so (quotes one of the questions or its answer, naming its id). */
  readonly source: string;
}

export const QUESTION_CONCEPTS: readonly QuestionConcept[] = [
  // JHT: the money saved while working, and taking it out
  {
    id: 'jht-cair',
    words: 'tabungan simpanan cairkan ambil tarik pencairan',
    questions: ['jht-0kwcywl', 'jht-0w9xmip', 'jht-1s6nvpa', 'jht-1scqzg8', 'jht-0rslkwv'],
    source: 'jht-0kwcywl / jht-0w9xmip: "persyaratan klaim JHT karena mengundurkan diri / pemutusan hubungan kerja"; jht-1s6nvpa: the channels of the claim',
  },
  {
    id: 'jht-resign',
    words: 'resign keluar kerja berhenti kerja mundur mengundurkan keluar pabrik keluar kantor',
    questions: ['jht-0kwcywl', 'jht-0kikhu2', 'pu-1so9klp'],
    source: 'jht-0kwcywl: "persyaratan klaim JHT karena mengundurkan diri"; pu-1so9klp: a leaver whose membership is still active',
  },
  {
    id: 'jht-phk',
    words: 'dipecat diberhentikan phk pengurangan karyawan efisiensi dirumahkan habis kontrak kontrak selesai',
    questions: ['jht-0w9xmip', 'jht-0kp53z1'],
    source: 'jht-0w9xmip: "persyaratan klaim JHT karena pemutusan hubungan kerja"; jht-0kp53z1: "peserta yang habis kontrak (PKWT)"',
  },
  {
    id: 'jht-perusahaan-bubar',
    words: 'bangkrut pailit bubar tutup gulung tikar kabur bos hilang pabrik tutup tidak ada paklaring',
    questions: ['jht-0my74ks', 'jht-1h8myn6'],
    source: 'jht-0my74ks: "Klaim JHT tanpa paklaring dikarenakan perusahaan sudah bubar (Non aktif)"',
  },
  {
    id: 'jht-sebagian',
    words: 'ambil sebagian sebagian masih kerja masih aktif',
    questions: ['jht-186dx1x', 'jht-1bifgdj', 'jht-0wcwu3x', 'jht-11l9i5m'],
    source: 'jht-186dx1x / jht-1bifgdj: "persyaratan klaim JHT 10% / 30%"; jht-0wcwu3x: a claim by a worker still active; jht-11l9i5m: 30% for a house',
  },
  {
    id: 'jht-pindah-kerja',
    words: 'pindah kerja kerja baru perusahaan baru kantor baru saldo lama gabung',
    questions: ['pu-1itw7jx', 'jaminan-sosial-060gt0d', 'jht-0hdakw3', 'jht-1ylgkqu'],
    source: 'pu-1itw7jx: "sudah resign dan bekerja kembali, apakah saldo JHT dibadan usaha lama hilang"; jaminan-sosial-060gt0d: "pindah tempat kerja"',
  },
  {
    id: 'jht-usia',
    words: 'usia 56 umur 56 tua sudah tua pensiun berhenti kerja usia lanjut',
    questions: ['jht-1dvcqv6', 'jht-0jzj5zd', 'pu-0by6cj9'],
    source: 'jht-1dvcqv6: "peserta dengan usia 55 yang tidak lanjut bekerja"; jht-0jzj5zd: "masih bekerja di usia pensiun"',
  },
  {
    id: 'jht-diwakilkan',
    words: 'diwakilkan dikuasakan diwakili kuasa wakil anak keluarga tidak bisa datang sakit orang lain titip',
    questions: ['jht-0yio2n2', 'jkm-0x1azun', 'jp-14uvt6u'],
    source: 'jht-0yio2n2: "Apakah pengajuan klaim JHT dapat dikuasakan?"; jkm-0x1azun: the JKM claim by a representative',
  },
  {
    id: 'jht-luar-negeri',
    words: 'pindah luar negeri menetap luar negeri ikut suami keluar indonesia ganti kewarganegaraan pindah negara',
    questions: ['jht-107wz39', 'jht-0cdi9hn', 'jht-13rhkaw'],
    source: 'jht-107wz39: "persyaratan klaim JHT karena meninggalkan wilayah NKRI"; jht-0cdi9hn: "WNI yang berubah kewarganegaraan"',
  },
  {
    id: 'jht-tenaga-asing',
    words: 'orang asing warga asing ekspatriat pulang negara asal habis izin kerja kitas',
    questions: ['jht-0xz9p2v', 'jht-15xig55', 'jht-0qv1obh'],
    source: 'jht-0xz9p2v: "syarat kelengkapan pencairan dana JHT bagi TK Asing"; jht-15xig55: the foreign worker who has left after the work permit ended',
  },
  {
    id: 'jht-dokumen-hilang',
    words: 'ktp hilang ktp rusak tidak punya ktp sim paspor pengganti ktp kk hilang tidak punya kk',
    questions: ['jht-0p62in9', 'jht-03n0dx0', 'jht-1gov7wp', 'jht-1leuhvi'],
    source: 'jht-0p62in9: "Apabila KTP tenaga kerja tidak ada, apakah bisa digantikan dengan dokumen lain?"; jht-03n0dx0: without a family card',
  },
  {
    id: 'jht-saldo-kurang',
    words: 'saldo kurang tidak sesuai dibayar kurang potong pajak',
    questions: ['jht-0z6j4un', 'jht-1awrq8i', 'jht-055iu17'],
    source: 'jht-0z6j4un: "Jika JHT yang dibayarkan kurang dari saldo seharusnya"; jht-1awrq8i: the tax on the payout',
  },
  // Balance
  {
    id: 'cek-saldo',
    words: 'cek saldo lihat saldo sisa saldo saldo berapa tabungan berapa simpanan berapa',
    questions: ['operasional-pelayanan-0fhlt8w', 'sms-saldo-1vpcbd2', 'bpjstku-1ufqq91', 'contact-center-0ddyd7e'],
    source: 'operasional-pelayanan-0fhlt8w: "layanan informasi saldo kepesertaan JHT"; sms-saldo-1vpcbd2: "informasi saldo … melalui SMS 2757"',
  },
  // Death in the family
  {
    id: 'jkm-keluarga-meninggal',
    words: 'meninggal wafat almarhum duka santunan kematian uang duka ahli waris keluarga ditinggal',
    questions: ['jkm-1drt19q', 'jkm-150mrn1', 'jkm-0rfc17t', 'jht-0vm2vk1', 'jkm-0hav48e'],
    source: 'jkm-1drt19q: "persyaratan dokumen untuk mengajukan klaim JKM"; jkm-150mrn1: the benefit for the heirs; jht-0vm2vk1: "klaim JHT karena meninggal dunia"',
  },
  {
    id: 'jkm-pemakaman',
    words: 'pemakaman penguburan biaya kubur biaya makam',
    questions: ['jkm-1mdinox', 'jkm-150mrn1'],
    source: 'jkm-1mdinox: "dokumen persyaratan … untuk pengajuan biaya pemakaman"',
  },
  {
    id: 'jkm-beasiswa',
    words: 'beasiswa biaya sekolah biaya kuliah bantuan pendidikan anak sekolah anak kuliah',
    questions: ['jkm-1tfijqo', 'jkm-0uotp4u', 'jkm-02sv3pj', 'jkk-0truss3'],
    source: 'jkm-1tfijqo: "persyaratan untuk mendapatkan manfaat beasiswa program JKM"; jkk-0truss3: the scholarship after a work accident',
  },
  {
    id: 'jkm-hilang',
    words: 'hilang tidak ditemukan hilang di laut tenggelam hanyut orang hilang dianggap meninggal',
    questions: ['jkm-0jlw2gk'],
    source: 'jkm-0jlw2gk: "peserta dinyatakan hilang atau dianggap meninggal dunia"',
  },
  {
    id: 'jp-janda-duda',
    words: 'janda duda suami meninggal istri meninggal pensiun suami pensiun istri ditinggal suami ditinggal istri uang bulanan',
    questions: ['jp-0u4qkgg', 'jp-1bbmnz3', 'jp-1vep9vm'],
    source: 'jp-0u4qkgg: "Manfaat Pensiun Janda/Duda (MPJD)"; jp-1bbmnz3: its claim',
  },
  {
    id: 'jp-anak-orangtua',
    words: 'pensiun anak yatim anak ditinggal orang tua pensiun orang tua lajang belum menikah saudara kandung',
    questions: ['jp-1h8dy7w', 'jp-1taj041', 'jp-18jdhqi', 'jp-0c1jsaq'],
    source: 'jp-1h8dy7w: "Manfaat Pensiun Anak (MPA)"; jp-18jdhqi: "Manfaat Pensiun Orang Tua (MPOT)"; jp-0c1jsaq: a single member\'s siblings',
  },
  // Work accident
  {
    id: 'jkk-kecelakaan',
    words: 'kecelakaan celaka jatuh terjatuh luka patah tertabrak tabrakan kena mesin terluka cedera perjalanan berangkat kerja pulang kerja',
    questions: ['jkk-1lmxu62', 'jkk-0dnag0h', 'jkk-1l0mrfc', 'plkk-1cbg4u3'],
    source: 'jkk-1lmxu62: "kecelakaan yang terjadi … termasuk kecelakaan dalam perjalanan dari rumah menuju tempat kerja"; jkk-0dnag0h / jkk-1l0mrfc: claiming',
  },
  {
    id: 'jkk-biaya-rumah-sakit',
    words: 'biaya rumah sakit biaya berobat biaya pengobatan opname rawat inap operasi ditanggung siapa bayar',
    questions: ['plkk-1ygpit7', 'plkk-0swu03g', 'jkk-1n8u9ie', 'plkk-1svvm5j'],
    source: 'plkk-1ygpit7: "standar pelayanan kesehatan rawat inap bagi peserta yang mengalami kecelakaan kerja"; plkk-0swu03g: "hak peserta di PLKK"',
  },
  {
    id: 'jkk-kelas-rawat',
    words: 'kelas vip naik kelas kamar vip kelas satu kelebihan biaya selisih biaya',
    questions: ['jkk-017xbdt', 'plkk-1ygpit7'],
    source: 'jkk-017xbdt: "pekerja menghendaki kelas perawatan diatas standar kelas perawatan"',
  },
  {
    id: 'jkk-lapor',
    words: 'lapor laporan melapor disnaker dinas tenaga kerja tahap 1 form kecelakaan 2x24 jam',
    questions: ['jkk-09q3175', 'jkk-0wt94gi', 'jkk-01dlrdl', 'jkk-1moj81c'],
    source: 'jkk-09q3175: "melaporkan kasus kecelakaan kerja bagi penerima Upah pada tahap I"; jkk-0wt94gi: the report to the labour office',
  },
  {
    id: 'jkk-meninggal',
    words: 'meninggal kecelakaan kerja tewas kecelakaan meninggal di tempat kerja meninggal di proyek santunan ahli waris',
    questions: ['jkk-0k8etw1', 'jkk-03y7621'],
    source: 'jkk-0k8etw1: "Manfaat apa saja yang di dapatkan ahli waris jika pekerja meninggal dunia akibat kecelakaan kerja?"',
  },
  {
    id: 'jkk-cacat-rtw',
    words: 'cacat jari putus tangan putus kaki putus amputasi tidak bisa kerja lagi kerja lagi kembali kerja pelatihan',
    questions: ['return-to-work-0jb450e', 'return-to-work-0ycpeg5', 'jp-0ikjrir', 'jkk-0a8ho5h'],
    source: 'return-to-work-0jb450e: "program Kembali Bekerja atau Return To Work"; jp-0ikjrir: "Manfaat Pensiun Cacat"; jkk-0a8ho5h: prostheses',
  },
  {
    id: 'jkk-stmb',
    words: 'tidak masuk kerja gaji selama sakit upah selama dirawat izin sakit tidak bisa kerja sementara',
    questions: ['jkk-1a7e6oe', 'return-to-work-0vw04lq'],
    source: 'jkk-1a7e6oe / return-to-work-0vw04lq: "STMB (Santunan Tidak Mampu Bekerja)"',
  },
  // Illness from work
  {
    id: 'pak-penyakit',
    words: 'sakit karena kerja penyakit kerja debu asap bahan kimia bising batuk sesak napas paru gatal kulit pendengaran tuli',
    questions: ['pak-0stgxf8', 'pak-16q91ye', 'pak-0j6xsh6', 'pak-1a45to3', 'pak-0rhrsqc'],
    source: 'pak-0stgxf8: "definisi Penyakit Akibat Kerja"; pak-16q91ye: "Penyebab Penyakit Akibat Kerja"; pak-0rhrsqc: illness made worse by the work',
  },
  // Retirement and the pension
  {
    id: 'jp-pensiun',
    words: 'pensiun uang pensiun uang bulanan gaji pensiun hari tua masa tua usia pensiun tunjangan bulanan',
    questions: ['jp-0v0ppbe', 'jp-0i90gdc', 'jp-1nvwn44', 'jp-11ioa73', 'pu-0by6cj9', 'pu-1h4nzv8'],
    source: 'jp-0v0ppbe: "Berapa manfaat pensiun yang akan diperoleh?"; jp-0i90gdc: the monthly payment; jp-1nvwn44: "Manfaat Pensiun Hari Tua (MPHT)"',
  },
  {
    id: 'jp-kurang-15-tahun',
    words: 'kurang 15 tahun belum 15 tahun masa iur kurang sekaligus lumpsum',
    questions: ['jp-137473j', 'jp-1r2hbx4', 'jp-0eq3ea4'],
    source: 'jp-137473j: "Bagaimana Jika masa iur kurang dari 15 Tahun?"; jp-1r2hbx4: "Manfaat Lumpsum"',
  },
  // Joining and the informal worker
  {
    id: 'bpu-pekerja-mandiri',
    words: 'kerja sendiri usaha sendiri mandiri informal warung jualan dagang pedagang ojek ojol sopir petani nelayan buruh tani tukang freelance serabutan ibu rumah tangga tidak punya bos',
    questions: ['bpu-0rp7sbj', 'bpu-1a9tgoz', 'bpu-035z7ru', 'bpu-109r72i', 'bpu-16xv381'],
    source: 'bpu-0rp7sbj: "Siapa saja yang dapat mengikuti program BPU?"; bpu-035z7ru: "Apa itu Program BPU"; bpu-109r72i: its programmes',
  },
  {
    id: 'bpu-mulai-berlaku',
    words: 'baru daftar langsung dijamin langsung terlindungi kapan berlaku mulai berlaku',
    questions: ['bpu-0p4zywk', 'jkm-0cv1unz'],
    source: 'bpu-0p4zywk: "calon peserta BPU ketika mendaftar langsung mendapatkan perlindungan?"; jkm-0cv1unz: when the BPU cover begins',
  },
  {
    id: 'belum-didaftarkan',
    words: 'tidak didaftarkan belum didaftarkan tidak pernah didaftarkan perusahaan tidak daftar kantor tidak daftar bos tidak daftarkan wajib daftar sanksi',
    questions: ['jaminan-sosial-1xarknc', 'pu-1hxp3vf', 'pu-03q2b67', 'jaminan-sosial-1fwj74l'],
    source: 'jaminan-sosial-1xarknc: "Siapa yang harus mendaftarkan pekerja"; pu-1hxp3vf: the employer must register its workers; pu-03q2b67: the sanction',
  },
  {
    id: 'iuran-tidak-disetor',
    words: 'tidak setor tidak disetor telat setor nunggak tunggakan gaji dipotong tapi tidak dibayar iuran tidak dibayar denda sanksi',
    questions: ['pu-1fij0mw', 'pu-0a9vtp0', 'jkk-0tf0g07', 'jp-1qd0b9f', 'pu-0tjyls3'],
    source: 'pu-1fij0mw: "Tunggakan Iuran dan Denda"; pu-0a9vtp0: the fine for late payment; jkk-0tf0g07 / pu-0tjyls3: the benefits when the employer is in arrears',
  },
  {
    id: 'upah-dilaporkan',
    words: 'gaji dilaporkan lebih kecil upah tidak sesuai gaji asli dilaporkan rendah upah dilaporkan kecil',
    questions: ['bpjstku-142yedo', 'bpjstku-0ioizuy', 'bpjstku-0ftnig5'],
    source: 'bpjstku-142yedo: "Mengapa upah yang dilaporkan penting bagi pekerja?"; bpjstku-0ioizuy: its illustration',
  },
  {
    id: 'kartu-hilang',
    words: 'hilang rusak ilang cetak ulang',
    questions: ['pu-0xuk3ys', 'jht-1y4zhi2', 'bpu-0uz9ko0', 'jht-1fjejyv'],
    source: 'pu-0xuk3ys: "mencetak kembali kartu peserta yang hilang"; jht-1y4zhi2: the documents when the card is lost',
  },
  // Contributions, data and the channels
  {
    id: 'iuran-persen',
    words: 'dipotong potong tarif persentase potongan bulanan',
    questions: ['pu-1h9t3yu', 'pu-1md0sou', 'pu-0xwc1l0', 'pu-1w133y8', 'kepesertaan-1ube782', 'pu-14wt99w'],
    source: 'pu-1h9t3yu / pu-1md0sou / pu-0xwc1l0 / pu-1w133y8: "besaran rate" of each programme; kepesertaan-1ube782: "Berapa Iuran yang harus dibayarkan"',
  },
  {
    id: 'data-salah',
    words: 'salah nama salah tanggal lahir beda data tidak sesuai koreksi perbaiki data ganti nama salah ketik',
    questions: ['pu-0tn2u4m', 'bpjstku-04jprke', 'pu-1xaksi1', 'jht-0rwwo07'],
    source: 'pu-0tn2u4m: "pengurusan koreksi data tenaga kerja"; bpjstku-04jprke: data in the app that is not the worker\'s; pu-1xaksi1: the name on the card and the KTP differ',
  },
  {
    id: 'ganti-nomor-hp',
    words: 'ganti nomor hp nomor baru hp hilang hp rusak ganti hp kode verifikasi otp tidak masuk',
    questions: ['sms-saldo-1ba9u0v', 'bpjstku-1475f8d'],
    source: 'sms-saldo-1ba9u0v: "penggantian Nomor HP untuk layanan SMS 2757 maupun BPJSTKU"; bpjstku-1475f8d: the verification PIN does not arrive',
  },
  {
    id: 'akun-aplikasi',
    words: 'tidak bisa masuk gagal masuk gagal login akun terkunci gagal daftar error',
    questions: ['bpjstku-1e98qhj', 'bpjstku-1kkqa8f', 'bpjstku-0x5zjfa', 'bpjstku-0e3abb8'],
    source: 'bpjstku-1e98qhj: "lupa password BPJSTKU"; bpjstku-0x5zjfa: "tidak dapat log in aplikasi BPJSTKU"; bpjstku-0e3abb8: problems registering',
  },
  {
    id: 'aplikasi-nonaktif',
    words: 'sudah tidak aktif sudah nonaktif sudah cair sudah berhenti kerja kartu mati',
    questions: ['bpjstku-1bp6dwe', 'e-klaim-0fw58he'],
    source: 'bpjstku-1bp6dwe: a card no longer active in the app; e-klaim-0fw58he: "peserta yang sudah Non aktif dapat melakukan registrasi eklaim"',
  },
  {
    id: 'dua-kartu',
    words: 'dua kartu kartu ganda lebih dari satu kartu dua nomor banyak kartu kartu lama kartu baru',
    questions: ['bpjstku-190i4m4', 'bpjstku-08294sg', 'e-klaim-0l1c7l3', 'bpjstku-0u7eaqz', 'jht-0hdakw3'],
    source: 'bpjstku-190i4m4 / e-klaim-0l1c7l3: "memiliki 2 kartu BPJSTK atau lebih"; jht-0hdakw3: "memiliki >1 KP-BPJSTK"',
  },
  {
    id: 'rekening-pencairan',
    words: 'buku tabungan transfer rekening orang lain atas nama orang lain',
    questions: ['jht-1sypdmr', 'jkm-1pzyls9', 'jht-13rhkaw', 'operasional-pelayanan-1n5ihft'],
    source: 'jht-1sypdmr: "buku tabungan untuk transaksi pencairan dana JHT"; jkm-1pzyls9: an account not the heir\'s; operasional-pelayanan-1n5ihft: the account at a bank service point',
  },
  {
    id: 'cabang-lain',
    words: 'cabang lain kota lain luar kota beda cabang cabang mana saja kantor terdekat domisili',
    questions: ['jht-16ewl4v', 'jht-0k3u36a', 'jht-0n7pjnr', 'jht-1u7rqeu'],
    source: 'jht-16ewl4v: "mengajukan klaim JHT bisa di kantor cabang mana saja"; jht-0k3u36a: "klaim di luar kota dari alamat di KTP"',
  },
  // The informal worker's membership
  {
    id: 'bpu-ubah',
    words: 'naik iuran naikkan iuran turunkan iuran ganti paket tambah program ubah program penghasilan naik penghasilan turun',
    questions: ['bpu-0mtr5eo', 'bpu-0huotwo'],
    source: 'bpu-0mtr5eo: "peserta BPU dapat melakukan perubahan Upah dan/atau Jenis Program"',
  },
  {
    id: 'bpu-lanjut',
    words: 'berhenti bayar lanjut bayar bayar lagi aktif lagi telat bayar kartu mandiri tanda bukti',
    questions: ['jkm-10hv5ts', 'bpu-1rtkig4', 'bpu-1fsworu'],
    source: 'jkm-10hv5ts: a BPU member in arrears who wants to continue; bpu-1rtkig4: the proof of membership after paying again; bpu-1fsworu: "Tanda bukti kepesertaan BPU"',
  },
  // The pension when the member changes employer
  {
    id: 'jp-kerja-lagi',
    words: 'kerja lagi kerja baru pindah kerja perusahaan baru nyambung lanjut',
    questions: ['pu-0xa2dj0', 'jp-1isgiy5', 'jp-06d4t8k'],
    source: 'pu-0xa2dj0: "kepesertaan jaminan pensiun bisa dilanjutkan di badan usaha/pemberi kerja baru"; jp-1isgiy5: the JP card after the JHT is taken out',
  },
  {
    id: 'plkk-perawatan',
    words: 'disuruh pulang belum sembuh masih sakit batas perawatan hak pasien',
    questions: ['plkk-1cbdh9w', 'plkk-0swu03g', 'plkk-1ygpit7'],
    source: 'plkk-1cbdh9w: how long stage 2 may stay "masih dalam pengobatan"; plkk-0swu03g: "hak peserta di PLKK"',
  },
  // Construction and migrant workers
  {
    id: 'proyek-konstruksi',
    words: 'proyek bangunan kuli bangunan tukang harian lepas borongan mandor kontraktor jalan jembatan',
    questions: ['jasa-konstruksi-0hn5inu', 'jasa-konstruksi-1eun999', 'jasa-konstruksi-0kkd5vn', 'jasa-konstruksi-0yoxp5h'],
    source: 'jasa-konstruksi-0hn5inu: who joins the construction programme; jasa-konstruksi-1eun999: what it covers',
  },
  {
    id: 'antrian-prioritas',
    words: 'lansia tua hamil disabilitas kursi roda antre prioritas didahulukan',
    questions: ['operasional-pelayanan-194r2dk'],
    source: 'operasional-pelayanan-194r2dk: "Apakah ada peserta prioritas dalam proses pelayanan klaim"',
  },
];

/** FAQ id -> the words of every concept it answers (the index's keywords field). */
export const QUESTION_KEYWORDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const concept of QUESTION_CONCEPTS) {
    for (const id of concept.questions) map.set(id, `${map.get(id) ?? ''} ${concept.words}`.trim());
  }
  return map;
})();
