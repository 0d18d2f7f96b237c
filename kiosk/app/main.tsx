/** Kiosk entry: read the kiosk's URL settings, wire the API and the voice, render the shell. */
import { render } from 'preact';
import { browserSpeech } from './a11y/speech.ts';
import { createKioskApi } from './api/kiosk-api.ts';
import { loadKioskInfo } from './floor/kiosk-info.ts';
import { KioskApp } from './KioskApp.tsx';
import { readKioskConfig } from './kiosk-config.ts';
import { loadQrLibrary } from './ticket/TicketQr.tsx';
import { DeviceGate } from '../device/DeviceGate.tsx';
import { deviceFetch } from '../device/device-fetch.ts';
// Cascade order matters: base, then controls, screens, feedback, and the layouts last.
import './styles/base.css';
import './styles/controls.css';
import './styles/screens.css';
import './styles/feedback.css';
import './styles/layout.css';
import './styles/floor.css';
import './styles/large-text-fit.css';

const root = document.getElementById('app');
if (root) {
  const config = readKioskConfig(location.search);
  const api = createKioskApi({ baseUrl: location.origin, fetch: deviceFetch });
  render(
    <DeviceGate kind="kiosk">
      <KioskApp api={api} config={config} speech={browserSpeech()} loadInfo={() => loadKioskInfo(deviceFetch, location.origin)} />
    </DeviceGate>,
    root,
  );
  // After the first frame the tiles are painted and their handlers attached: "usable".
  // test/bench/kiosk-bench.ts reads this mark.
  requestAnimationFrame(() => {
    document.body.dataset.ready = 'true';
    performance.mark('kiosk-ready');
  });
  // Once the first screen is up, fetch what a missing paper ticket needs (the QR library), so it
  // is cached before any later network trouble. Errors here change nothing for the visitor.
  // Also start delivering what the outbox kept before a reload (complaints, survey answers, votes);
  // loaded after the first frame, so Dexie stays out of the kiosk's first download.
  const warmUp = () => {
    void loadQrLibrary().catch(() => undefined);
    void import('./kept-deliveries.ts').then((m) => m.startKeptDeliveries(location.origin)).catch(() => undefined);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 5_000 });
  else setTimeout(warmUp, 2_000);
}
