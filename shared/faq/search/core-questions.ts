// The questions a branch hears most: the head question of each service the branch offers (the
// services of seed 002 — registration and JHT claims — and the basics of every programme). When
// two answers match a query about equally well, the general one a visitor most likely means ranks
// first; a query that names a specific case still finds the specific answer. Content owners keep
// this list (ids are the dataset's stable ids; a test checks every one exists).

export const CORE_QUESTION_IDS: ReadonlySet<string> = new Set([
  // JHT: what it is, the claim for each reason, how long, where, lost documents
  'jht-1yxo9qr', 'jht-0kwcywl', 'jht-0w9xmip', 'jht-186dx1x', 'jht-1bifgdj', 'jht-0vm2vk1', 'jht-107wz39',
  'jht-1scqzg8', 'jht-1s6nvpa', 'jht-0rslkwv', 'jht-1y4zhi2', 'jht-0kikhu2',
  // JKM: what it is, the claim documents, the benefit, the scholarship
  'kepesertaan-1iizbn4', 'jkm-1drt19q', 'jkm-150mrn1', 'jkm-0uotp4u', 'jkm-1tfijqo',
  // JKK: what it is, what counts as a work accident, how to claim, PLKK hospitals
  'kepesertaan-0dq1ja5', 'jkk-1lmxu62', 'jkk-0dnag0h', 'jkk-1l0mrfc', 'plkk-1cbg4u3',
  // JP: what it is, the benefit, the pension age, monthly and lump-sum payment
  'jp-1rqabgz', 'jp-0v0ppbe', 'pu-0by6cj9', 'jp-0i90gdc', 'jp-1r2hbx4',
  // BPU (informal workers): what it is, who may join, registration, contribution, payment
  'bpu-035z7ru', 'bpu-0rp7sbj', 'bpu-1a9tgoz', 'bpu-16xv381', 'bpu-0koskh3',
  // PU and membership: registration documents, contributions, a lost card
  'kepesertaan-0nxudsm', 'pu-1kkkqdh', 'pu-14wt99w', 'pu-0xuk3ys',
  // the office and the channels
  'operasional-pelayanan-1ei4js6', 'operasional-pelayanan-0kdt6qx', 'operasional-pelayanan-0fhlt8w',
  'e-klaim-1en2lg7', 'bpjstku-1ufqq91', 'sms-saldo-1vpcbd2', 'contact-center-18zmcq6',
  // construction projects
  'jasa-konstruksi-0yoxp5h', 'jasa-konstruksi-0hn5inu',
]);
