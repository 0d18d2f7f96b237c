/**
 * Every SQL statement of the server lives in queue-server/store/ (README, "Storage"): a statement
 * written anywhere else (a route, a service, a wiring file) fails this test with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SQL = /\b(?:SELECT\s[\s\S]{0,200}?\sFROM\s|INSERT\s+(?:OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(?:TABLE|INDEX)\s)|\.pragma\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

export function sqlOutsideStore(files: { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) => text.split('\n').flatMap((line, i) => (SQL.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])));
}

describe('SQL lives only in queue-server/store/', () => {
  it('finds no statement in the other folders of the server', () => {
    const files = sourceFiles(ROOT)
      .filter((p) => !relative(ROOT, p).startsWith('store/'))
      .map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
    expect(files.length).toBeGreaterThan(20);
    expect(sqlOutsideStore(files)).toEqual([]);
  });

  it('would notice a statement in a service, prepared or executed', () => {
    const planted = [
      { path: 'complaints/x.ts', text: "const a = 1;\nthis.db.prepare('SELECT reference FROM complaints WHERE id = ?');" },
      { path: 'survey/y.ts', text: 'db.exec(`DELETE FROM survey_tokens`);' },
      { path: 'z.ts', text: "const sql = 'INSERT OR IGNORE INTO meta (key) VALUES (?)';" },
      { path: 'auth/ok.ts', text: "await services.auth.prepare('admin:sandi');\n// Select the counter from the list" },
    ];
    expect(sqlOutsideStore(planted).map((l) => l.split(':').slice(0, 2).join(':'))).toEqual(['complaints/x.ts:2', 'survey/y.ts:1', 'z.ts:1']);
  });
});
