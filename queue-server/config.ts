/**
 * Server configuration: environment variables plus the branch configuration file. Anything
 * invalid stops start-up with a message that names the variable or the field.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { branchConfigSchema, describeConfigIssues, type BranchConfig } from '../shared/contracts/branch-config.ts';

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

export function parseBranchConfig(text: string, source: string): BranchConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${source} bukan JSON yang valid: ${(e as Error).message}`);
  }
  const result = branchConfigSchema.safeParse(json);
  if (!result.success) {
    throw new ConfigError(`${source} tidak valid:\n  ${describeConfigIssues(result.error).join('\n  ')}`);
  }
  return result.data;
}

export function loadBranchConfig(path: string): BranchConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`Berkas konfigurasi cabang ${path} tidak dapat dibaca: ${(e as Error).message}`);
  }
  return parseBranchConfig(text, path);
}
