/**
 * Whether the server can take writes, for /readyz. A write that failed for lack of disk or a
 * read-only database marks it not ready until a later write commits; free space below the margin
 * marks it not ready before the disk is full. /healthz stays "the process answers"; /readyz is
 * "send visitors here".
 */
import { statfsSync } from 'node:fs';

export interface Readiness {
  ready: boolean;
  /** Indonesian, one per problem. */
  reasons: string[];
  freeBytes: number | null;
}

export interface StorageHealthOptions {
  /** The data folder whose file system is checked; none for an in-memory database. */
  dataDir?: string;
  /** Below this much free space the server says it is not ready. */
  minFreeBytes?: number;
  freeBytesOf?: (dir: string) => number;
}

const DEFAULT_MIN_FREE = 64 * 1024 * 1024;

const freeBytesOnDisk = (dir: string): number => {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
};

export class StorageHealth {
  private lastFailure: string | null = null;

  constructor(private readonly options: StorageHealthOptions = {}) {}

  markFailure(reason: string): void {
    this.lastFailure = reason;
  }

  /** Called after any committed write: the storage took it, so an earlier failure is over. */
  markWriteOk(): void {
    this.lastFailure = null;
  }

  readiness(): Readiness {
    const reasons: string[] = [];
    if (this.lastFailure) reasons.push(`penulisan terakhir gagal: ${this.lastFailure}`);
    let freeBytes: number | null = null;
    const { dataDir } = this.options;
    if (dataDir) {
      try {
        freeBytes = (this.options.freeBytesOf ?? freeBytesOnDisk)(dataDir);
        const min = this.options.minFreeBytes ?? DEFAULT_MIN_FREE;
        if (freeBytes < min) reasons.push(`ruang disk tersisa ${Math.floor(freeBytes / 1048576)} MB (minimal ${Math.floor(min / 1048576)} MB)`);
      } catch {
        reasons.push('folder data tidak dapat diperiksa');
      }
    }
    return { ready: reasons.length === 0, reasons, freeBytes };
  }
}
