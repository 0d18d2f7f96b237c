/** Kiosk strings added for the branch-day fixes (issue 15): hours, help, fast track, QR. */
export const kioskFloorId = {
  neutralMarkLabel: 'Tanda cabang',
  branchLogoAlt: (branch: string) => `Logo ${branch}`,

  fastTrackInstruction: 'Antrean prioritas tersedia untuk kelompok di bawah ini. Nomor prioritas dipanggil bergantian dengan antrean biasa, jadi tetap ada waktu tunggu.',
  fastTrackNoneHint: 'Jika tidak ada yang sesuai, pilih antrean biasa.',

  closedTitle: 'Layanan loket sedang tutup',
  closedHours: (hours: string) => `Jam layanan: ${hours}.`,
  closedNext: (next: string) => `Nomor antrean dapat diambil lagi ${next}.`,
  closedNoNext: 'Silakan tanyakan jadwal layanan kepada petugas.',
  closedOnline: 'Klaim JHT juga dapat diajukan kapan saja lewat aplikasi JMO.',

  helpComingTitle: 'Petugas sedang menuju ke sini',
  helpComingBody: 'Permintaan bantuan Anda sudah diterima. Mohon tunggu di dekat layar ini; petugas akan datang membantu Anda.',
  helpComingOk: 'Baik, saya tunggu',

  resultNoQr: 'Kode QR tidak tersedia di kios ini. Ingat nomor di atas, atau minta petugas mencetak ulang karcis Anda.',
} as const;

export type KioskFloorMessages = { [K in keyof typeof kioskFloorId]: (typeof kioskFloorId)[K] extends (...args: infer A) => string ? (...args: A) => string : string };
