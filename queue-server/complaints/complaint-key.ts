/**
 * The branch's secret for keyed hashes (the NIK duplicate hint, the check codes): 32 random bytes
 * made on first start, kept in DATA_DIR (never in git, readable by the server's user only).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const COMPLAINT_KEY_FILE = 'complaint-hmac.key';

export function loadOrCreateComplaintKey(dataDir: string): Buffer {
  const path = join(dataDir, COMPLAINT_KEY_FILE);
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
    if (key.length === 32) return key;
    throw new Error(`${path} rusak (harus 64 karakter heksadesimal). Pulihkan dari cadangan; membuat kunci baru memutus petunjuk duplikat dan kode cek lama.`);
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return key;
}
