/** "Lepas loket" for the branch head (shared/contracts/supervision.ts). */
import { Router } from 'express';
import type { ReleaseAnswer } from '../../../shared/contracts/supervision.ts';
import { idParamsSchema } from '../../../shared/contracts/wire.ts';
import { toTicketDto } from '../../engine/dto.ts';
import type { Services } from '../../services.ts';
import { parseInput } from '../errors.ts';
import { actorFrom } from '../staff-auth.ts';

export function supervisionRoutes(s: Services): Router {
  const r = Router();
  r.post('/api/counters/:id/release', (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'Id loket');
    const { counter, returned } = s.counters.release(id, actorFrom(res));
    const body: ReleaseAnswer = { counter, returned: returned ? toTicketDto(returned) : null };
    res.json(body);
  });
  return r;
}
