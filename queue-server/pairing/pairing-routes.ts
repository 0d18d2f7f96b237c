/**
 * Device pairing's HTTP routes (declared in shared/contracts/device-pairing.ts):
 *   GET  /api/devices/me                 public; what this device's credential (or address) is
 *   POST /api/devices/pairing-requests   public; a new credential, unpaired, and the code to show
 *   GET  /api/admin/devices              admin, supervisor: the paired and revoked devices
 *   POST /api/admin/devices/pair         admin: pair the device showing a code
 *   POST /api/admin/devices/{id}/rename  admin
 *   POST /api/admin/devices/{id}/revoke  admin
 */
import { Router } from 'express';
import { deviceParamsSchema, pairBodySchema, pairingRequestBodySchema, renameBodySchema } from '../../shared/contracts/device-pairing.ts';
import { parseInput } from '../http/errors.ts';
import { actorFrom } from '../http/staff-auth.ts';
import type { Services } from '../services.ts';
import { identifyRequest } from './device-access.ts';

export function pairingRoutes(s: Services): Router {
  const r = Router();

  r.get('/api/devices/me', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json(s.devicePairing.describe(identifyRequest(s.devicePairing, req)));
  });

  r.post('/api/devices/pairing-requests', (req, res) => {
    const body = parseInput(pairingRequestBodySchema, req.body);
    res.set('Cache-Control', 'no-store');
    res.status(201).json(s.devicePairing.requestCode(body.kind, req.socket.remoteAddress ?? ''));
  });

  r.get('/api/admin/devices', (_req, res) => {
    res.json({ mode: s.devicePairing.mode, devices: s.devicePairing.list() });
  });

  r.post('/api/admin/devices/pair', (req, res) => {
    const body = parseInput(pairBodySchema, req.body);
    res.status(201).json({ device: s.devicePairing.pair(body, actorFrom(res)) });
  });

  r.post('/api/admin/devices/:id/rename', (req, res) => {
    const { id } = parseInput(deviceParamsSchema, req.params, 'Id perangkat');
    const body = parseInput(renameBodySchema, req.body);
    res.json({ device: s.devicePairing.rename(id, body.name, actorFrom(res)) });
  });

  r.post('/api/admin/devices/:id/revoke', (req, res) => {
    const { id } = parseInput(deviceParamsSchema, req.params, 'Id perangkat');
    res.json({ device: s.devicePairing.revoke(id, actorFrom(res)) });
  });

  return r;
}
