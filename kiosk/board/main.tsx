/**
 * The display board: no login, never expires, recovers by itself. Wires the live connection,
 * the pure board state and the voice sequencer to the screen.
 *
 * URL options: ?audio=0 silences this board (one audio board per room, so TVs do not echo);
 * ?voice=speech uses the browser's voice instead of the recorded clips.
 */
import { Component, render, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createActor } from 'xstate';
import { useActorSnapshot } from '../app/use-actor.ts';
import { browserLiveDeps } from '../staff/lib/live.machine.ts';
import { boardMachine, type Announcement } from './board.machine.ts';
import { Board, type AudioStatus } from './Board.tsx';
import { ClipAnnouncer } from './audio/clip-announcer.ts';
import { HtmlClipPlayer, SpeechAnnouncer } from './audio/browser.ts';
import { CallSequencer, type Announcer, type SequencerEvent } from './audio/sequencer.ts';
import { DeviceGate } from '../device/DeviceGate.tsx';

/** What tests (and a technician with the devtools) can read about the voice. */
export interface BoardAudioLog {
  announcements: Array<{ key: string; label: string; clips: string[] }>;
  events: SequencerEvent[];
  played: string[];
  /** Clips that could not be played (broken file, timeout); the rest of the call still plays. */
  failedClips: string[];
  status: AudioStatus;
}
declare global {
  interface Window {
    __boardAudio?: BoardAudioLog;
  }
}

const params = new URLSearchParams(location.search);
const voiceMode = params.get('audio') === '0' ? 'off' : params.get('voice') === 'speech' ? 'speech' : 'clips';
const LOG_MAX = 200;
const log: BoardAudioLog = { announcements: [], events: [], played: [], failedClips: [], status: voiceMode === 'off' ? 'off' : 'loading' };
window.__boardAudio = log;
const trim = <T,>(a: T[]): void => void (a.length > LOG_MAX && a.splice(0, a.length - LOG_MAX));

function setAudio(status: AudioStatus): void {
  log.status = status;
  page.send({ type: 'audio.status', status });
}

// --- voice -----------------------------------------------------------------------------------
const playerReady = voiceMode === 'off' ? null : HtmlClipPlayer.load();
const announcer: Announcer = {
  async say(a) {
    const player = await playerReady;
    if (!player) return;
    const speech = SpeechAnnouncer.available() ? new SpeechAnnouncer(player) : null;
    const chosen: Announcer =
      voiceMode === 'speech' && speech
        ? speech
        : new ClipAnnouncer(player, {
            ...(speech ? { fallback: speech } : {}),
            onClip: (clip, outcome) => {
              if (outcome === 'played') log.played.push(clip);
              else log.failedClips.push(clip);
              trim(log.played);
              trim(log.failedClips);
            },
          });
    await chosen.say(a);
  },
};
const sequencer = new CallSequencer(announcer, {
  onEvent(e) {
    log.events.push(e);
    trim(log.events);
    if (e.type === 'blocked') setAudio('blocked');
    if (e.type === 'unblocked') setAudio('on');
    // A call was heard, so sound works even if the boot probe could not tell.
    if (e.type === 'finished' && log.status === 'loading') setAudio('on');
  },
});

void playerReady?.then(async (player) => {
  // Probe at boot so the "Aktifkan suara" button shows before the first call, not after it.
  const allowed = await player.probe();
  player.preloadAll();
  if (allowed !== null && log.status === 'loading') setAudio(allowed ? 'on' : 'blocked');
});

async function enableAudio(): Promise<void> {
  const player = await playerReady;
  if (!player) return;
  // Inside the click handler's activation: this play unlocks audio for the page.
  if ((await player.probe()) !== false) {
    setAudio('on');
    sequencer.unblock();
  }
}

function announce({ request: req, clockOffsetMs }: Announcement): void {
  if (voiceMode === 'off') return;
  const at = Date.parse(req.at);
  const queued = sequencer.enqueue({ ...req, queuedAt: Number.isNaN(at) ? Date.now() : at + clockOffsetMs });
  if (queued) {
    log.announcements.push({ key: req.key, label: req.label, clips: req.clips });
    trim(log.announcements);
  }
}

// --- data ------------------------------------------------------------------------------------
const page = createActor(boardMachine.provide({ actions: { announce: (_, announcement: Announcement) => announce(announcement) } }), {
  input: { liveDeps: browserLiveDeps, audio: log.status, now: Date.now },
}).start();

// --- screen ----------------------------------------------------------------------------------
function App() {
  const { context } = useActorSnapshot(page);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const clock = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(clock);
  }, []);
  return <Board state={context.board} now={now} live={context.live} audio={context.audio} onEnableAudio={() => void enableAudio()} />;
}

/** A rendering bug must not leave a blank TV for the day: show a note and reload the page. */
class Recover extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  override componentDidCatch(error: unknown): void {
    console.error('board render failed', error);
    this.setState({ failed: true });
    setTimeout(() => location.reload(), 10_000);
  }
  override render() {
    return this.state.failed ? <p class="offline">Papan antrean dimuat ulang…</p> : this.props.children;
  }
}

const root = document.getElementById('board');
// A board is paired like a kiosk (README "Device pairing"): what it shows is public, but an
// administrator knows each screen and can revoke one.
if (root)
  render(
    <Recover>
      <DeviceGate kind="board">
        <App />
      </DeviceGate>
    </Recover>,
    root,
  );
