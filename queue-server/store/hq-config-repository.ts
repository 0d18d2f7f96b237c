/** The branch's copy of head office's configuration: the last good bundle, the national person key, the last refusal. */
import { z } from 'zod';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

export interface HqConfigRow {
  appliedVersion: number | null;
  /** The content JSON text of the applied bundle (checked again when read). */
  bundle: string | null;
  etag: string | null;
  appliedAt: number | null;
  personKeyId: string | null;
  personKey: string | null;
  lastPullAt: number | null;
  refusedVersion: number | null;
  refusedReason: string | null;
}

const configRow = rowParser(
  'hq_config',
  z
    .object({
      applied_version: z.number().int().nullable(), bundle: z.string().nullable(), etag: z.string().nullable(), applied_at: z.number().int().nullable(),
      person_key_id: z.string().nullable(), person_key: z.string().nullable(), last_pull_at: z.number().int().nullable(),
      refused_version: z.number().int().nullable(), refused_reason: z.string().nullable(),
    })
    .transform((r): HqConfigRow => ({
      appliedVersion: r.applied_version, bundle: r.bundle, etag: r.etag, appliedAt: r.applied_at, personKeyId: r.person_key_id, personKey: r.person_key,
      lastPullAt: r.last_pull_at, refusedVersion: r.refused_version, refusedReason: r.refused_reason,
    })),
);

export class HqConfigRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare('SELECT applied_version, bundle, etag, applied_at, person_key_id, person_key, last_pull_at, refused_version, refused_reason FROM hq_config WHERE id = 1'),
      applied: db.prepare('UPDATE hq_config SET applied_version = ?, bundle = ?, applied_at = ?, refused_version = NULL, refused_reason = NULL WHERE id = 1'),
      etag: db.prepare('UPDATE hq_config SET etag = ? WHERE id = 1'),
      personKey: db.prepare('UPDATE hq_config SET person_key_id = ?, person_key = ? WHERE id = 1'),
      pulled: db.prepare('UPDATE hq_config SET last_pull_at = ? WHERE id = 1'),
      refused: db.prepare('UPDATE hq_config SET refused_version = ?, refused_reason = ?, etag = NULL WHERE id = 1'),
    };
  }

  get(): HqConfigRow {
    return configRow.one(this.s.get.get());
  }

  saveApplied(version: number, contentJson: string, at: number): void {
    this.s.applied.run(version, contentJson, at);
  }

  saveEtag(etag: string | null): void {
    this.s.etag.run(etag);
  }

  savePersonKey(id: string, hex: string): void {
    this.s.personKey.run(id, hex);
  }

  savePulled(at: number): void {
    this.s.pulled.run(at);
  }

  /** A refused bundle: its ETag is forgotten, so the next pull fetches it again (after a local fix). */
  saveRefused(version: number, reason: string): void {
    this.s.refused.run(version, reason.slice(0, 300));
  }
}
