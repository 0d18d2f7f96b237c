/**
 * The browser side of the voice: clips through HTMLAudioElement, and the optional browser speech.
 * Kept thin; the ordering rules live in sequencer.ts and clip-announcer.ts, which are unit-tested.
 */
// zod/mini like the contract the page already loads, so the board carries one zod, not two.
import { z } from '../../../shared/contracts/zod-mini.ts';
import { AudioBlockedError, type Announcement, type Announcer } from './sequencer.ts';
import type { ClipPlayer } from './clip-announcer.ts';

const manifestSchema = z.object({
  clips: z.record(
    z.string().check(z.regex(/^[a-z][a-z-]{0,40}$/)),
    z.object({ file: z.string().check(z.regex(/^[a-z][a-z-]{0,40}\.(ogg|wav|mp3)$/)), durationMs: z.number().check(z.minimum(0), z.maximum(20_000)) }),
  ),
});

/** A play() rejection that means "needs a user gesture" rather than a broken file. */
const isAutoplayBlock = (e: unknown): boolean => e instanceof DOMException && e.name === 'NotAllowedError';

export class HtmlClipPlayer implements ClipPlayer {
  readonly #clips: Map<string, { url: string; durationMs: number }>;
  readonly #elements = new Map<string, HTMLAudioElement>();

  private constructor(clips: Map<string, { url: string; durationMs: number }>) {
    this.#clips = clips;
  }

  /** Loads the manifest; a missing or broken manifest gives an empty set (the fallback voice speaks). */
  static async load(baseUrl = '/audio/'): Promise<HtmlClipPlayer> {
    const clips = new Map<string, { url: string; durationMs: number }>();
    try {
      const res = await fetch(`${baseUrl}manifest.json`, { cache: 'no-cache' });
      const parsed = manifestSchema.safeParse(res.ok ? await res.json() : null);
      if (parsed.success) {
        for (const [id, c] of Object.entries(parsed.data.clips)) clips.set(id, { url: `${baseUrl}${c.file}`, durationMs: c.durationMs });
      }
    } catch {
      // Offline at boot: no clips; the page retries loading on the next reload.
    }
    return new HtmlClipPlayer(clips);
  }

  /** Preloads every clip so a call never waits on the network (after the probe, so it goes first). */
  preloadAll(): void {
    for (const id of this.#clips.keys()) this.#element(id);
  }

  get size(): number {
    return this.#clips.size;
  }

  has(clip: string): boolean {
    return this.#clips.has(clip);
  }

  #element(clip: string): HTMLAudioElement {
    let el = this.#elements.get(clip);
    const info = this.#clips.get(clip);
    if (!el && info) {
      el = new Audio(info.url);
      el.preload = 'auto';
      this.#elements.set(clip, el);
    }
    if (!el) throw new Error(`klip ${clip} tidak ada`);
    return el;
  }

  play(clip: string): Promise<void> {
    const el = this.#element(clip);
    const limit = (this.#clips.get(clip)?.durationMs ?? 3000) + 3000;
    el.currentTime = 0;
    el.volume = 1;
    return new Promise<void>((resolve, reject) => {
      // A clip that never reports its end must not stop the board's voice for good.
      const timer = setTimeout(() => finish(new Error(`klip ${clip} tidak selesai`)), limit);
      const finish = (err?: Error): void => {
        clearTimeout(timer);
        el.onended = null;
        el.onerror = null;
        if (err) reject(err);
        else resolve();
      };
      el.onended = () => finish();
      el.onerror = () => finish(new Error(`klip ${clip} rusak`));
      el.play().catch((e: unknown) => finish(isAutoplayBlock(e) ? new AudioBlockedError('autoplay diblokir') : new Error(String(e))));
    });
  }

  /**
   * Whether the browser lets this page play sound now (null: could not tell): plays the chime silently. Unmuted
   * (volume 0 is not "muted" for the autoplay policy), so a blocked page is found at boot, not at
   * the first call. Called again from the "Aktifkan suara" click, which unlocks audio.
   */
  async probe(): Promise<boolean | null> {
    const first = this.#clips.keys().next();
    if (first.done) return true;
    const info = this.#clips.get(this.#clips.has('chime') ? 'chime' : first.value);
    if (!info) return true;
    // Its own element: pausing a shared one would cut off a call that starts meanwhile.
    const el = new Audio(info.url);
    el.volume = 0;
    try {
      await el.play();
      el.pause();
      return true;
    } catch (e) {
      // Anything but the autoplay refusal says nothing about permission: let the first call tell.
      return isAutoplayBlock(e) ? false : null;
    }
  }
}

/** Browser speech (speechSynthesis, id-ID). Optional: many Linux/TV browsers have no Indonesian voice. */
export class SpeechAnnouncer implements Announcer {
  readonly #chime: ClipPlayer | null;

  constructor(chime: ClipPlayer | null) {
    this.#chime = chime;
  }

  /** True only when the browser has an Indonesian voice; without one it would read Indonesian in English. */
  static available(): boolean {
    if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return false;
    return speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('id'));
  }

  async say(a: Announcement): Promise<void> {
    if (this.#chime?.has('chime')) await this.#chime.play('chime');
    if (!a.sentence) return;
    const sentence = a.sentence;
    const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('id'));
    await new Promise<void>((resolve, reject) => {
      const u = new SpeechSynthesisUtterance(sentence);
      u.lang = 'id-ID';
      u.rate = 0.9;
      if (voice) u.voice = voice;
      const timer = setTimeout(() => reject(new Error('suara browser tidak selesai')), 20_000);
      u.onend = () => {
        clearTimeout(timer);
        resolve();
      };
      u.onerror = (ev) => {
        clearTimeout(timer);
        reject(ev.error === 'not-allowed' ? new AudioBlockedError('speech diblokir') : new Error(`speech: ${ev.error}`));
      };
      speechSynthesis.speak(u);
    });
  }
}
