/** What the supervisor page shows of the link to head office. */
import type { SyncHealthDto } from '../../shared/contracts/hq-sync.ts';
import type { HqConfigService } from './config-apply.ts';
import type { HqOutbox } from './outbox.ts';

export interface HqLink {
  hqUrl: string;
  branchCode: string;
}

export function syncHealth(outbox: HqOutbox, link: HqLink | null, diskFreeBytes: number | null, fallbackBranchCode: string, hqConfig: HqConfigService): SyncHealthDto {
  const state = outbox.repo.state();
  const cfg = hqConfig.status();
  const unsent = outbox.repo.unsentAfter(state.ackedSeq);
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    configured: link !== null,
    hqUrl: link?.hqUrl ?? null,
    branchCode: link?.branchCode ?? fallbackBranchCode,
    lastSeq: state.lastSeq,
    ackedSeq: state.ackedSeq,
    unacknowledged: Math.max(0, state.lastSeq - state.ackedSeq),
    oldestUnsentAt: iso(unsent.oldest),
    lastContactAt: iso(state.lastContactAt),
    lastError: state.lastError,
    clockSkewMs: state.clockSkewMs,
    diskFreeBytes,
    sealedThrough: outbox.repo.lastSealedDay(),
    config: { applied: cfg.applied, waitingUntil: cfg.waitingUntil, refusedVersion: cfg.refused, refusedReason: cfg.reason, lastPullAt: iso(cfg.lastPullAt) },
  };
}
