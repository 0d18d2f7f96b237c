/**
 * USB call pads wired to the queue engine. The "devices" section of the branch configuration file
 * (devices-config.ts) lists the pads; a press acts on the pad's counter as if the officer had pressed the button on
 * screen, but only while the counter is open (an officer has signed in to it), so a pad on an
 * unattended desk calls nobody.
 */
import { AppError } from '../../shared/errors.ts';
import type { CallPadConfig } from '../../hardware/hid/call-pad.ts';
import { CallPadManager, type CallPadPress, type CallPadStatus } from '../../hardware/hid/call-pad-manager.ts';
import type { HidBackend } from '../../hardware/hid/hid-backend.ts';
import { NodeHidBackend } from '../../hardware/hid/node-hid-backend.ts';
import type { Actor } from '../engine/actor.ts';
import type { Services } from '../services.ts';

type EngineForPads = Pick<Services, 'engine' | 'views'>;

/** Runs a pad press against the engine; throws AppError (logged by the manager) when it cannot. */
export function performPadAction(s: EngineForPads, press: CallPadPress): void {
  const counter = s.views.counters().find((c) => c.id === press.counterId);
  if (!counter) throw new AppError({ code: 'counter.not_found', message: `Loket ${press.counterId} tidak ada.` });
  if (counter.state !== 'open') throw new AppError({ code: 'counter.not_open', message: `${counter.name} belum dibuka atau sedang jeda; tombol panggil diabaikan.` });
  const actor: Actor = { userId: null, username: `tombol-panggil:${press.padId}`, role: 'cso', boundCounterId: counter.id };
  if (press.action === 'call-next') {
    s.engine.callNext(counter.id, actor);
    return;
  }
  const current = counter.current;
  if (!current) throw new AppError({ code: 'counter.no_active_ticket', message: `${counter.name} tidak sedang memanggil atau melayani nomor.` });
  switch (press.action) {
    case 'recall':
      s.engine.recall(current.id, actor);
      return;
    case 'start':
      s.engine.start(current.id, actor);
      return;
    case 'finish':
      s.engine.finish(current.id, actor);
      return;
    case 'no-show':
      s.engine.noShow(current.id, actor);
      return;
  }
}

export interface CallPadWiring {
  services: EngineForPads;
  pads: readonly CallPadConfig[];
  pollSeconds?: number;
  backend?: HidBackend;
  log: (message: string) => void;
  now?: () => number;
  onStatusChange?: (status: CallPadStatus) => void;
}

/** Starts the pads (if any are configured); the returned manager is stopped on shutdown. */
export function startCallPads(wiring: CallPadWiring): CallPadManager {
  const manager = new CallPadManager({
    backend: wiring.backend ?? new NodeHidBackend(),
    pads: wiring.pads,
    pollMs: (wiring.pollSeconds ?? 2) * 1000,
    ...(wiring.now ? { now: wiring.now } : {}),
    onAction: (press) => performPadAction(wiring.services, press),
    onStatusChange: (status) => {
      wiring.log(`Tombol panggil ${status.padId} (loket ${status.counterId}): ${status.state === 'connected' ? 'tersambung' : status.state === 'unavailable' ? 'USB HID tidak tersedia' : 'terputus'}`);
      wiring.onStatusChange?.(status);
    },
    logger: { info: wiring.log, warn: wiring.log },
  });
  void manager.start().catch((error: unknown) => wiring.log(`Tombol panggil tidak dapat dimulai: ${error instanceof Error ? error.message : String(error)}`));
  return manager;
}
