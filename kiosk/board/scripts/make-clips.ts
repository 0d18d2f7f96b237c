/**
 * Renders the voice-call clip set into kiosk/public/audio/ (Vite copies public/ to dist, so the
 * board fetches /audio/<id>.ogg). Run: `npm run audio:clips` (needs `apt-get install espeak-ng sox`).
 *
 * espeak-ng's Indonesian voice is a placeholder: to use a human recording, drop a file with the
 * same name (16 kHz mono Ogg Vorbis) into kiosk/public/audio/ and run `npm run audio:clips -- --manifest-only`
 * so the manifest records its duration. The chime is synthesised with sox, so no licence question.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clipCatalogue } from '../../../shared/audio/clips.ts';

const OUT_DIR = resolve(import.meta.dirname, '../../public/audio');
const RATE = '16000';
/** Announcements are slower than conversation so a waiting room can follow them. */
const WORDS_PER_MINUTE = '135';

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function requireTool(cmd: string): void {
  try {
    run(cmd, ['--version']);
  } catch {
    console.error(`${cmd} tidak ditemukan. Pasang dulu: apt-get install -y espeak-ng sox`);
    process.exit(1);
  }
}

/** Two-tone "ding-dong" (G5 then E5), soft attack and a long release, 1.3 s. */
function makeChime(out: string, work: string): void {
  const a = join(work, 'ding.wav');
  const b = join(work, 'dong.wav');
  run('sox', ['-R', '-n', '-r', RATE, '-c', '1', '-b', '16', a, 'synth', '0.55', 'sine', '784', 'sine', '1568', 'remix', '-', 'fade', 'h', '0.01', '0.55', '0.45', 'vol', '0.45']);
  run('sox', ['-R', '-n', '-r', RATE, '-c', '1', '-b', '16', b, 'synth', '0.8', 'sine', '659', 'sine', '1318', 'remix', '-', 'fade', 'h', '0.01', '0.8', '0.7', 'vol', '0.45']);
  run('sox', ['-R', a, b, '-C', '2', out, 'pad', '0', '0.15']);
}

/** espeak-ng -> trim leading/trailing silence -> 16 kHz mono Ogg Vorbis at low quality (speech). */
function makeSpeech(text: string, out: string, work: string): void {
  const raw = join(work, 'raw.wav');
  run('espeak-ng', ['-v', 'id', '-s', WORDS_PER_MINUTE, '-w', raw, text]);
  run('sox', ['-R', raw, '-r', RATE, '-c', '1', '-C', '1', out,
    'silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'reverse', 'pad', '0', '0.06', 'norm', '-1']);
}

function durationMs(file: string): number {
  return Math.round(Number(run('soxi', ['-D', file]).trim()) * 1000);
}

const manifestOnly = process.argv.includes('--manifest-only');
requireTool('sox');
if (!manifestOnly) requireTool('espeak-ng');
mkdirSync(OUT_DIR, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'kios-k-clips-'));
const clips: Record<string, { file: string; text: string; durationMs: number; bytes: number }> = {};
try {
  for (const [id, text] of Object.entries(clipCatalogue())) {
    const file = `${id}.ogg`;
    const out = join(OUT_DIR, file);
    if (!manifestOnly) {
      if (id === 'chime') makeChime(out, work);
      else makeSpeech(text, out, work);
    }
    if (!existsSync(out)) {
      console.error(`klip hilang: ${out}`);
      process.exitCode = 1;
      continue;
    }
    clips[id] = { file, text, durationMs: durationMs(out), bytes: statSync(out).size };
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const manifest = {
  $comment: 'Voice-call clips of the display board. Replace any file with a human recording of the same text and name, then run npm run audio:clips -- --manifest-only.',
  format: 'audio/ogg; codecs=vorbis',
  sampleRate: Number(RATE),
  voice: manifestOnly ? 'as found on disk' : 'espeak-ng -v id (placeholder)',
  clips,
};
writeFileSync(join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const total = Object.values(clips).reduce((s, c) => s + c.bytes, 0);
console.log(`${Object.keys(clips).length} klip, ${(total / 1024).toFixed(0)} KB -> ${OUT_DIR}`);
