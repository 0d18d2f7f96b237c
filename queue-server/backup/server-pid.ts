/**
 * DATA_DIR/server.pid: written when the server listens, removed when it stops. Restore reads it to
 * refuse replacing the database under a running server. A pid file left by a killed server names
 * a process that no longer exists, and is ignored.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pidFile = (dataDir: string) => join(dataDir, 'server.pid');

export function writePidFile(dataDir: string, pid = process.pid): void {
  writeFileSync(pidFile(dataDir), `${pid}\n`);
}

export function removePidFile(dataDir: string): void {
  rmSync(pidFile(dataDir), { force: true });
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; still a running process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function runningServerPid(dataDir: string): number | null {
  let text: string;
  try {
    text = readFileSync(pidFile(dataDir), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}
