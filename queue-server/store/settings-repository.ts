/** The branch settings rows: the one in force ('current') and a change waiting for its day ('pending'). */
import { z } from 'zod';
import type { Db } from './database.ts';
import { jsonColumn, rowParser } from './rows.ts';

export interface StoredSettings {
  config: unknown;
  savedAt: number;
  savedBy: string;
}

export interface StoredPending extends StoredSettings {
  sections: unknown;
  reasons: unknown;
  effectiveDay: string;
}

const settingsRow = rowParser(
  'branch_settings',
  z
    .object({ config: jsonColumn, sections: jsonColumn.nullable(), reasons: jsonColumn.nullable(), effective_day: z.string().nullable(), saved_at: z.number().int(), saved_by: z.string() })
    .transform((r) => ({ config: r.config, sections: r.sections, reasons: r.reasons, effectiveDay: r.effective_day, savedAt: r.saved_at, savedBy: r.saved_by })),
);

export class SettingsRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      get: db.prepare('SELECT config, sections, reasons, effective_day, saved_at, saved_by FROM branch_settings WHERE slot = ?'),
      put: db.prepare(
        `INSERT INTO branch_settings (slot, config, sections, reasons, effective_day, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (slot) DO UPDATE SET config = excluded.config, sections = excluded.sections, reasons = excluded.reasons,
           effective_day = excluded.effective_day, saved_at = excluded.saved_at, saved_by = excluded.saved_by`,
      ),
      drop: db.prepare('DELETE FROM branch_settings WHERE slot = ?'),
    };
  }

  current(): StoredSettings | null {
    return settingsRow.maybe(this.s.get.get('current'));
  }

  pending(): StoredPending | null {
    const row = settingsRow.maybe(this.s.get.get('pending'));
    return row && row.effectiveDay !== null ? { ...row, effectiveDay: row.effectiveDay } : null;
  }

  saveCurrent(config: unknown, savedAt: number, savedBy: string): void {
    this.s.put.run('current', JSON.stringify(config), null, null, null, savedAt, savedBy);
  }

  savePending(p: { config: unknown; sections: readonly string[]; reasons: readonly string[]; effectiveDay: string; savedAt: number; savedBy: string }): void {
    this.s.put.run('pending', JSON.stringify(p.config), JSON.stringify(p.sections), JSON.stringify(p.reasons), p.effectiveDay, p.savedAt, p.savedBy);
  }

  dropPending(): void {
    this.s.drop.run('pending');
  }
}
