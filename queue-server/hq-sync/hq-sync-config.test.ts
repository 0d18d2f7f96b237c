import { describe, expect, it } from 'vitest';
import { readHqSyncConfig } from './hq-sync-config.ts';

describe('the head-office link settings', () => {
  it('none of the three leaves the branch standalone; all three start the pusher', () => {
    expect(readHqSyncConfig({})).toBeNull();
    expect(readHqSyncConfig({ HQ_URL: 'https://pusat.example/', HQ_BRANCH_CODE: 'KC-01', HQ_BRANCH_KEY: 'k'.repeat(43) })).toEqual({ hqUrl: 'https://pusat.example/', branchCode: 'KC-01', branchKey: 'k'.repeat(43) });
  });

  it('one or two of them stops start-up, naming what is missing', () => {
    expect(() => readHqSyncConfig({ HQ_URL: 'https://pusat.example' })).toThrow('belum diisi: HQ_BRANCH_CODE, HQ_BRANCH_KEY');
    expect(() => readHqSyncConfig({ HQ_URL: 'ftp://pusat', HQ_BRANCH_CODE: 'KC-01', HQ_BRANCH_KEY: 'k' })).toThrow('http:// atau https://');
    expect(() => readHqSyncConfig({ HQ_URL: 'https://pusat', HQ_BRANCH_CODE: 'KC 01', HQ_BRANCH_KEY: 'k' })).toThrow('HQ_BRANCH_CODE');
  });
});
