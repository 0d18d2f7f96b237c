/** The layering shared <- hardware <- queue-server, shared <- kiosk is enforced by the lint rule. */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(import.meta.dirname, '..', file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import direction', () => {
  it('keeps shared/ pure: no other layer, no disk, no database', async () => {
    expect(await importErrors('shared/queue/x.ts', "import { createApp } from '../../queue-server/http/app.ts';\nexport const a = createApp;")).toHaveLength(1);
    expect(await importErrors('shared/queue/x.ts', "import { encode } from '../../hardware/escpos/encode.ts';\nexport const a = encode;")).toHaveLength(1);
    expect(await importErrors('shared/queue/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;")).toHaveLength(1);
    expect(await importErrors('shared/queue/x.ts', "import { decideNext } from './policy.ts';\nexport const a = decideNext;")).toEqual([]);
  });

  it('lets hardware use shared but not the server, and the kiosk use shared only', async () => {
    expect(await importErrors('hardware/escpos/x.ts', "import { buildServices } from '../../queue-server/services.ts';\nexport const a = buildServices;")).toHaveLength(1);
    expect(await importErrors('hardware/escpos/x.ts', "import { AppError } from '../../shared/errors.ts';\nexport const a = AppError;")).toEqual([]);
    expect(await importErrors('kiosk/app/x.ts', "import { encode } from '../../hardware/escpos/encode.ts';\nexport const a = encode;")).toHaveLength(1);
    expect(await importErrors('kiosk/app/x.ts', "import { createApp } from '../../queue-server/http/app.ts';\nexport const a = createApp;")).toHaveLength(1);
    expect(await importErrors('queue-server/x.ts', "import { a } from '../kiosk/app/x.ts';\nexport const b = a;")).toHaveLength(1);
  });
});
