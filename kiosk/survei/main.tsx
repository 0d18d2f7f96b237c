/** The survey page: the counter tablet (?loket=) or a visitor's phone (?token=). */
import { render } from 'preact';
import { browserSpeech } from '../app/a11y/speech.ts';
import { createKioskApi } from '../app/api/kiosk-api.ts';
import { readKioskConfig } from '../app/kiosk-config.ts';
import { browserSurveyApi } from '../survey-ui/survey-api.ts';
import { SurveyPage } from './SurveyPage.tsx';
import { readSurveyPageConfig } from './tablet-config.ts';
import { DeviceGate } from '../device/DeviceGate.tsx';
import { deviceFetch } from '../device/device-fetch.ts';
import '../app/styles/base.css';
import '../app/styles/controls.css';
import '../app/styles/screens.css';
import '../app/styles/feedback.css';
import '../app/styles/layout.css';
// The branch header (logo, name) the TopBar draws; the kiosk's own screens' fit rules stay the kiosk's.
import '../app/styles/floor.css';
import './survey-page.css';

const root = document.getElementById('survey');
if (root) {
  const config = readSurveyPageConfig(location.search);
  const kioskApi = createKioskApi({ baseUrl: location.origin, fetch: deviceFetch });
  const kioskConfig = { ...readKioskConfig(location.search), kioskId: config.mode.kind === 'tablet' ? `tablet-${config.mode.counterId}` : 'survei-ponsel' };
  const page = <SurveyPage config={config} kioskApi={kioskApi} kioskConfig={kioskConfig} surveyApi={browserSurveyApi(config.flushSeconds)} speech={browserSpeech()} />;
  // The counter tablet is a paired device; a visitor's phone (?token=) is not one and needs no pairing.
  render(config.mode.kind === 'tablet' ? <DeviceGate kind="counter_tablet">{page}</DeviceGate> : page, root);
  requestAnimationFrame(() => {
    document.body.dataset.ready = 'true';
  });
}
