/**
 * Server configuration: environment variables plus the branch configuration file. Anything
 * invalid stops start-up with a message that names the variable or the field.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { branchConfigSchema, describeConfigIssues, type BranchConfig } from '../shared/contracts/branch-config.ts';
import { devicesConfigSchema, type DevicesConfig } from './devices/devices-config.ts';
import { printingConfigSchema, withPrintingEnv, type PrintingConfig } from './printing/printing-config.ts';

export const DEFAULT_BRANCH_CONFIG = resolve(dirname(fileURLToPath(import.meta.url)), 'config/branch.default.json');

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  branchConfigPath: string;
  bootstrapAdmin: string | undefined;
  staticDir: string;
  /** Where the daily backups go (DATA_DIR/backups), and how many are kept. */
  backupDir: string;
  backupRotation: { daily: number; weekly: number };
}

export class ConfigError extends Error {}

export function readServerConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const portText = env.PORT ?? '3000';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    throw new ConfigError(`PORT harus angka 0-65535 (sekarang "${portText}").`);
  }
  return {
    port: Number(portText),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR ?? 'data'),
    branchConfigPath: env.BRANCH_CONFIG ? resolve(cwd, env.BRANCH_CONFIG) : DEFAULT_BRANCH_CONFIG,
    bootstrapAdmin: env.QUEUE_BOOTSTRAP_ADMIN || undefined,
    staticDir: resolve(cwd, env.STATIC_DIR ?? 'dist'),
    backupDir: resolve(cwd, env.BACKUP_DIR ?? join(env.DATA_DIR ?? 'data', 'backups')),
    backupRotation: { daily: countVar(env, 'BACKUP_KEEP_DAILY', 7), weekly: countVar(env, 'BACKUP_KEEP_WEEKLY', 4) },
  };
}

function countVar(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,3}$/.test(text)) throw new ConfigError(`${name} harus bilangan bulat 0-999 (sekarang "${text}").`);
  return Number(text);
}

/**
 * The branch configuration file, whole: the branch itself (services, counters, queue policy, in
 * shared/contracts), its "printing" section and its "devices" section. One schema, parsed once at
 * start-up; every mistake is reported in one message, one line per field.
 */
const branchFileSchema = branchConfigSchema
  .safeExtend({
    printing: printingConfigSchema.prefault({}),
    devices: devicesConfigSchema.prefault({}),
  })
  .superRefine((file, ctx) => {
    const counterIds = new Set(file.counters.map((c) => c.id));
    file.devices.callPads.forEach((pad, i) => {
      if (!counterIds.has(pad.counterId)) {
        ctx.addIssue({ code: 'custom', path: ['devices', 'callPads', i, 'counterId'], message: `loket "${pad.counterId}" tidak ada di konfigurasi cabang` });
      }
    });
  });

export interface BranchFile {
  branch: BranchConfig;
  printing: PrintingConfig;
  devices: DevicesConfig;
}

/** Parses the file's text; env supplies the printer overrides (KIOSK_PRINTER, PUBLIC_BASE_URL). */
export function parseBranchFile(text: string, source: string, env: NodeJS.ProcessEnv = {}): BranchFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${source} bukan JSON yang valid: ${(e as Error).message}`);
  }
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    json = { ...json, printing: withPrintingEnv('printing' in json ? json.printing : undefined, env) };
  }
  const result = branchFileSchema.safeParse(json);
  if (!result.success) {
    const lines = describeConfigIssues(result.error);
    const fromEnv = env.KIOSK_PRINTER && lines.some((l) => l.startsWith('printing.kiosk')) ? ' (KIOSK_PRINTER ikut diperiksa)' : '';
    throw new ConfigError(`${source} tidak valid${fromEnv}:\n  ${lines.join('\n  ')}`);
  }
  const { printing, devices, ...branch } = result.data;
  return { branch, printing, devices };
}

export function loadBranchFile(path: string, env: NodeJS.ProcessEnv = {}): BranchFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`Berkas konfigurasi cabang ${path} tidak dapat dibaca: ${(e as Error).message}`);
  }
  return parseBranchFile(text, path, env);
}

/** The branch part of a branch file (tests and tools that need no printers). */
export function parseBranchConfig(text: string, source: string): BranchConfig {
  return parseBranchFile(text, source).branch;
}

export function loadBranchConfig(path: string): BranchConfig {
  return loadBranchFile(path).branch;
}

/**
 * The file's sections the settings in the database do not hold (printing, devices), as written,
 * so the settings export is a whole branch file again. Empty when the file cannot be read.
 */
export function fileOnlySections(path: string): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
    return Object.fromEntries(Object.entries(json).filter(([key]) => key === 'printing' || key === 'devices'));
  } catch {
    return {};
  }
}
