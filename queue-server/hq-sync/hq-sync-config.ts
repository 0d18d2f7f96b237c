/**
 * HQ_URL, HQ_BRANCH_CODE and HQ_BRANCH_KEY: all three start the pusher, none leaves the branch
 * standalone (the outbox still fills, for when head office is set up), anything in between stops
 * start-up with a message naming what is missing.
 */
import { ConfigError } from '../config.ts';

export interface HqSyncConfig {
  hqUrl: string;
  branchCode: string;
  branchKey: string;
}

export function readHqSyncConfig(env: NodeJS.ProcessEnv): HqSyncConfig | null {
  const url = env.HQ_URL?.trim() ?? '';
  const code = env.HQ_BRANCH_CODE?.trim() ?? '';
  const key = env.HQ_BRANCH_KEY?.trim() ?? '';
  if (url === '' && code === '' && key === '') return null;
  const missing = [['HQ_URL', url], ['HQ_BRANCH_CODE', code], ['HQ_BRANCH_KEY', key]].filter(([, v]) => v === '').map(([n]) => n);
  if (missing.length > 0) throw new ConfigError(`Sinkronisasi kantor pusat butuh HQ_URL, HQ_BRANCH_CODE dan HQ_BRANCH_KEY; belum diisi: ${missing.join(', ')}.`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`HQ_URL bukan alamat yang valid: ${url}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError('HQ_URL harus http:// atau https://');
  if (!/^[A-Za-z0-9_-]{1,20}$/.test(code)) throw new ConfigError('HQ_BRANCH_CODE: 1-20 huruf, angka, garis bawah atau tanda hubung.');
  return { hqUrl: parsed.toString(), branchCode: code, branchKey: key };
}
