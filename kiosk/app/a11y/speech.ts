/**
 * Read-aloud through the browser's speechSynthesis. It never blocks the flow: with no speech
 * engine, or no voice for the language, `speak` does nothing and `hasVoice` lets the screen say
 * so in text (an English voice reading Indonesian is worse than silence).
 * Personal data and the fast-track reason are never passed here: the loudspeaker is public.
 */
import { LANGUAGE_TAG, type Language } from '../../../shared/i18n/index.ts';
import { clipFor, KIOSK_CLIP_PATH } from './kiosk-clips.ts';

export interface Speech {
  /** Something can be heard in this language: a browser voice, or (Indonesian) recorded clips. */
  hasVoice(language: Language): boolean;
  speak(text: string, language: Language): void;
  cancel(): void;
}

interface UtteranceLike {
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
}
interface SynthLike<U extends UtteranceLike> {
  getVoices(): SpeechSynthesisVoice[];
  speak(utterance: U): void;
  cancel(): void;
}

export function createSpeech<U extends UtteranceLike>(synth: SynthLike<U> | undefined, makeUtterance: (text: string) => U): Speech {
  const voiceFor = (language: Language): SpeechSynthesisVoice | undefined => {
    if (!synth) return undefined;
    const prefix = LANGUAGE_TAG[language].slice(0, 2).toLowerCase();
    try {
      const voices = synth.getVoices();
      // Some engines report "id_ID" or "in-ID" (the old ISO code for Indonesian).
      const matches = (v: SpeechSynthesisVoice) => {
        const tag = v.lang.toLowerCase().replace('_', '-');
        return tag.startsWith(`${prefix}-`) || tag === prefix || (language === 'id' && tag.startsWith('in'));
      };
      return voices.find((v) => matches(v) && v.localService) ?? voices.find(matches);
    } catch {
      return undefined;
    }
  };
  return {
    hasVoice: (language) => voiceFor(language) !== undefined,
    speak(text, language) {
      const voice = voiceFor(language);
      if (!synth || !voice || text.trim() === '') return;
      try {
        synth.cancel();
        const utterance = makeUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9; // a little slower: elderly listeners, a noisy hall
        synth.speak(utterance);
      } catch {
        // A broken engine must not stop the visitor.
      }
    },
    cancel() {
      try {
        synth?.cancel();
      } catch {
        // nothing to stop
      }
    },
  };
}

export interface ClipPlayer {
  play(clipId: string): void;
  stop(): void;
}

/**
 * The browser voice when it has one for the language; otherwise, for Indonesian, the kiosk's
 * recorded clips of its fixed texts (kiosk-clips.ts). A text without a clip stays silent.
 */
export function withClipFallback(voice: Speech, clips: ClipPlayer, clipFor: (text: string) => string | undefined): Speech {
  return {
    hasVoice: (language) => voice.hasVoice(language) || language === 'id',
    speak(text, language) {
      if (voice.hasVoice(language)) {
        voice.speak(text, language);
        return;
      }
      const clip = language === 'id' ? clipFor(text) : undefined;
      clips.stop();
      if (clip) clips.play(clip);
    },
    cancel() {
      voice.cancel();
      clips.stop();
    },
  };
}

/** One <audio> element for the clips; a missing file or a refused play is silence, never an error. */
export function htmlClipPlayer(basePath: string): ClipPlayer {
  let current: HTMLAudioElement | null = null;
  return {
    play(clipId) {
      try {
        current = new Audio(`${basePath}${clipId}.ogg`);
        current.dataset.clip = clipId;
        void current.play().catch(() => undefined);
      } catch {
        current = null;
      }
    },
    stop() {
      current?.pause();
      current = null;
    },
  };
}

export function browserSpeech(): Speech {
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  const make = (text: string) => new SpeechSynthesisUtterance(text);
  return withClipFallback(createSpeech(synth, make), htmlClipPlayer(KIOSK_CLIP_PATH), clipFor);
}
