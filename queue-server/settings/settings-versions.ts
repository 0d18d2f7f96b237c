/**
 * Two administrators saving the same settings section: the second must not silently overwrite the
 * first. Each section has a version, the id of the last audit record of a change to it (every
 * saved change is recorded in the same transaction, queue-server/settings/settings-service.ts;
 * a pending change applied or dropped counts for every section). The page sends the version it
 * loaded in `If-Match`; a save from an older version is refused with 409 `settings.conflict`
 * naming who saved meanwhile and when. Without If-Match (a script) the save goes through.
 */
import { SETTINGS_SECTIONS, SETTINGS_SECTION_LABEL_ID, type SectionVersionDto, type SettingsSection } from '../../shared/contracts/admin.ts';
import { AppError } from '../../shared/errors.ts';
import { AuditRepository } from '../store/audit-repository.ts';
import type { Db } from '../store/database.ts';

const PENDING_SUBJECT = 'settings:pending';

/** The version an If-Match header names ("12" or the quoted ETag form), null without the header. */
export function expectedVersionOf(header: string | undefined): number | null {
  if (header === undefined) return null;
  const m = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  if (!m) throw new AppError({ code: 'request.invalid', message: 'Header If-Match tidak valid: harus nomor versi pengaturan yang dimuat (mis. "12").' });
  return Number(m[1]);
}

export class SettingsVersions {
  private readonly audit;

  constructor(
    db: Db,
    private readonly timeZone: () => string,
  ) {
    this.audit = new AuditRepository(db);
  }

  of(section: SettingsSection): SectionVersionDto {
    const last = this.audit.lastOfSubjects(`settings:${section}`, PENDING_SUBJECT);
    return last ? { version: last.id, savedAt: new Date(last.at).toISOString(), savedBy: last.actor } : { version: 0, savedAt: null, savedBy: null };
  }

  all(): Record<SettingsSection, SectionVersionDto> {
    return Object.fromEntries(SETTINGS_SECTIONS.map((s) => [s, this.of(s)])) as Record<SettingsSection, SectionVersionDto>;
  }

  /** Call inside the save's transaction, before changing anything. */
  assertCurrent(section: SettingsSection, expected: number): void {
    const current = this.of(section);
    if (current.version === expected) return;
    const when = current.savedAt
      ? new Intl.DateTimeFormat('id-ID', { timeZone: this.timeZone(), day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(current.savedAt))
      : 'baru saja';
    throw new AppError({
      code: 'settings.conflict',
      message: `Pengaturan ini sudah diubah oleh ${current.savedBy ?? 'petugas lain'} (${when}), muat ulang halaman untuk melihat perubahannya lalu simpan lagi. Bagian ${SETTINGS_SECTION_LABEL_ID[section]} belum disimpan.`,
      details: { section, version: current.version, savedBy: current.savedBy, savedAt: current.savedAt },
    });
  }
}
