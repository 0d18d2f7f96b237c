/** The administration page's calls: the settings routes, answered with the contract's schemas. */
import { settingsAnswerSchema, settingsChangeAnswerSchema, type SettingsAnswer, type SettingsChangeAnswer, type SettingsSection } from '../../shared/contracts/admin.ts';
import { StaffApi, StaffApiError } from '../staff/lib/staff-api.ts';

export const api = new StaffApi();

export type SettingsPath = 'branch' | 'running-text' | 'services' | 'counters' | 'opening-hours' | 'queue-rules' | 'printers';

const SECTION_OF_PATH: Record<SettingsPath, SettingsSection> = {
  branch: 'branch',
  'running-text': 'runningText',
  services: 'services',
  counters: 'counters',
  'opening-hours': 'openingHours',
  'queue-rules': 'queueRules',
  printers: 'printers',
};

/**
 * The version of each section this page last loaded or saved: sent back in If-Match, so a save
 * over another administrator's newer one is refused (409 "Pengaturan ini sudah diubah oleh …").
 */
let loadedVersions: SettingsAnswer['versions'] | null = null;

export async function loadSettings(): Promise<SettingsAnswer> {
  const answer = await api.request('/api/admin/settings', settingsAnswerSchema);
  if (!answer) throw new StaffApiError('invalid', 'Pengaturan tidak dapat dimuat.');
  loadedVersions = answer.versions;
  return answer;
}

export async function saveSettings(path: SettingsPath, body: unknown): Promise<SettingsChangeAnswer> {
  const version = loadedVersions?.[SECTION_OF_PATH[path]].version;
  const answer = await api.request(`/api/admin/settings/${path}`, settingsChangeAnswerSchema, { method: 'PUT', body, ...(version === undefined ? {} : { headers: { 'if-match': `"${version}"` } }) });
  if (!answer) throw new StaffApiError('invalid', 'Jawaban server tidak dikenali.');
  // Only the saved section's version moves on: another section loaded earlier keeps its own check.
  if (loadedVersions) loadedVersions = { ...loadedVersions, [SECTION_OF_PATH[path]]: answer.versions[SECTION_OF_PATH[path]] };
  return answer;
}

export const messageOf = (e: unknown): string => (e instanceof StaffApiError ? e.message : 'Terjadi kesalahan. Coba lagi.');

/** A file answer (CSV, JSON) is not parsed: saved through the staff session (kiosk/staff/lib/staff-api.ts). */
export const download = (path: string, name: string): Promise<string | null> => api.download(path, name);
