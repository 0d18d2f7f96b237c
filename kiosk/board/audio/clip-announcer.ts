/**
 * Says a call by playing its clips one after the other, each started when the previous one has
 * ended (chaining on `ended`, not on fixed timeouts: clip lengths and decoding delays vary, so
 * timeouts drift into overlaps or gaps).
 */
import { AudioBlockedError, type Announcement, type Announcer } from './sequencer.ts';

export interface ClipPlayer {
  /** Whether the clip set has this clip (from the manifest). */
  has(clip: string): boolean;
  /** Plays one clip to its end; AudioBlockedError when not allowed, any other error when broken. */
  play(clip: string): Promise<void>;
}

export interface ClipAnnouncerOptions {
  /** Used for the whole call when a clip it needs is missing, e.g. browser speech. */
  fallback?: Announcer;
  onClip?: (clip: string, outcome: 'played' | 'failed') => void;
}

export class ClipAnnouncer implements Announcer {
  readonly #player: ClipPlayer;
  readonly #options: ClipAnnouncerOptions;

  constructor(player: ClipPlayer, options: ClipAnnouncerOptions = {}) {
    this.#player = player;
    this.#options = options;
  }

  async say(a: Announcement): Promise<void> {
    const missing = a.clips.filter((c) => !this.#player.has(c));
    if (missing.length > 0 && this.#options.fallback) {
      try {
        await this.#options.fallback.say(a);
        return;
      } catch (e) {
        // No usable browser voice (common on Linux TVs): say what the clips can say instead.
        if (e instanceof AudioBlockedError) throw e;
      }
    }
    let played = 0;
    for (const clip of a.clips) {
      if (!this.#player.has(clip)) continue;
      try {
        await this.#player.play(clip);
        played++;
        this.#options.onClip?.(clip, 'played');
      } catch (e) {
        if (e instanceof AudioBlockedError) throw e;
        // A broken clip costs one word, not the rest of the call.
        this.#options.onClip?.(clip, 'failed');
      }
    }
    if (played === 0 && a.clips.length > 0) throw new Error(`tidak ada klip yang bisa diputar untuk ${a.label}`);
  }
}
