/**
 * The page a visitor's phone opens from the QR code on the paper ticket (or on the kiosk screen
 * when printing failed): plain server-rendered HTML, readable on any phone, refreshing itself.
 * Public, so it shows only what the board shows: number, service, status, people ahead, wait.
 */
import { Router } from 'express';
import { STATUS_LABEL_ID } from '../../../shared/queue/ticket.ts';
import { waitText } from '../../../shared/wait/wait-wording.ts';
import { branchHours, serviceStartsAt } from '../../branch-hours.ts';
import type { Services } from '../../services.ts';

/** Outside the hours, when service starts (the branch calendar's holidays included). */
const startsAt = (s: Services) => serviceStartsAt(branchHours({ config: s.config, calendar: () => s.complaints.calendar() }), s.config, s.now());
import { setPagePolicy, styleHash } from '../security-headers.ts';

// The page's one stylesheet; the CSP allows exactly this text by its hash, and no other inline style.
const PAGE_STYLE = `body{font-family:system-ui,sans-serif;margin:0;padding:24px;background:#fff;color:#1a1a1a;font-size:20px;line-height:1.5}
main{max-width:480px;margin:0 auto}h1{font-size:22px;margin:0 0 8px;color:#00529c}
.number{font-size:72px;font-weight:800;letter-spacing:2px;margin:8px 0}
.status{font-size:26px;font-weight:700;padding:12px 16px;border-radius:8px;background:#eef4fb;color:#0b3d6e}
.called{background:#0b6e2e;color:#fff}dl{margin:16px 0}dt{color:#4a4a4a}dd{margin:0 0 12px;font-size:24px;font-weight:600}
small{color:#4a4a4a;font-size:16px}
.survey{display:block;margin:16px 0;padding:18px;border-radius:8px;background:#00529c;color:#fff;font-weight:700;text-align:center;text-decoration:none}
`;
const PAGE_POLICY = { styleHashes: [styleHash(PAGE_STYLE)] };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string, refresh: boolean): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="30">' : ''}<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function ticketPageRoutes(s: Services): Router {
  const r = Router();
  r.get('/tiket/:id', (req, res) => {
    const ticket = /^[A-Za-z0-9-]{1,64}$/.test(req.params.id) ? s.engine.findTicket(req.params.id) : null;
    res.set('Cache-Control', 'no-store');
    setPagePolicy(res, PAGE_POLICY);
    if (!ticket) {
      res.status(404).type('html').send(page('Tiket tidak ditemukan', '<h1>BPJS Ketenagakerjaan</h1><p>Tiket tidak ditemukan. Periksa kembali kode QR pada tiket Anda atau tanyakan kepada petugas.</p>', false));
      return;
    }
    const service = s.config.services.find((x) => x.id === ticket.serviceId);
    const counter = s.config.counters.find((c) => c.id === ticket.counterId);
    const { ahead, estimatedWaitMinutes } = s.engine.estimateFor(ticket);
    const status =
      ticket.status === 'called' && counter
        ? `Silakan menuju ${counter.name}`
        : ticket.status === 'serving' && counter
          ? `Sedang dilayani di ${counter.name}`
          : `Status: ${STATUS_LABEL_ID[ticket.status]}`;
    const waiting =
      ticket.status === 'waiting'
        ? `<dl><dt>Orang di depan Anda</dt><dd>${ahead}</dd><dt>Perkiraan waktu tunggu</dt><dd data-wait>${escapeHtml(waitText({ ahead, estimatedWaitMinutes, openCounters: s.engine.openCountersFor(ticket.serviceId), serviceStartsAt: startsAt(s) }, 'id'))}</dd></dl>`
        : '';
    // Once served, the paper's own key (?k= in its QR) opens the survey; an id read off the public
    // event stream has no key, so it cannot answer in the visitor's place.
    const surveyToken = ticket.status === 'done' ? s.surveys.tokenForPaper(ticket.id, typeof req.query.k === 'string' ? req.query.k : undefined) : null;
    const survey = surveyToken ? `<a class="survey" href="/survei/?token=${encodeURIComponent(surveyToken)}" data-testid="open-survey">Isi survei kepuasan (± 1 menit)</a>` : '';
    const open = ticket.status === 'waiting' || ticket.status === 'called' || ticket.status === 'serving';
    const body = `<h1>${escapeHtml(s.config.branch.name)}</h1>
<div class="number">${escapeHtml(ticket.number)}</div>
<p>${escapeHtml(service?.name ?? ticket.serviceId)}</p>
<p class="status${ticket.status === 'called' ? ' called' : ''}" role="status">${escapeHtml(status)}</p>
${waiting}
${survey}
<small>${open ? 'Halaman ini diperbarui otomatis setiap 30 detik. ' : ''}Tetap perhatikan layar antrean di kantor cabang.</small>`;
    res.type('html').send(page(`Antrean ${ticket.number}`, body, open));
  });
  return r;
}
