/** Builds the complaint side for services.ts: its repositories (categories seeded once) and the service. */
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import { CalendarClosureRepository } from '../store/calendar-closure-repository.ts';
import { ComplaintCategoryRepository } from '../store/complaint-category-repository.ts';
import { ComplaintRepository } from '../store/complaint-repository.ts';
import type { Db } from '../store/database.ts';
import { SuggestionRepository } from '../store/suggestion-repository.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { ComplaintService, type ComplaintServiceDeps } from './complaint-service.ts';

export function buildComplaints(deps: { db: Db; uow: UnitOfWork; config: BranchConfig; now: () => number; key: Buffer } & Pick<ComplaintServiceDeps, 'personKey' | 'nationalCalendar'>): ComplaintService {
  const categories = new ComplaintCategoryRepository(deps.db);
  deps.uow.write(() => categories.seedIfEmpty());
  return new ComplaintService({
    complaints: new ComplaintRepository(deps.db),
    categories,
    suggestions: new SuggestionRepository(deps.db),
    closures: new CalendarClosureRepository(deps.db),
    uow: deps.uow,
    config: deps.config,
    now: deps.now,
    key: deps.key,
    personKey: deps.personKey,
    nationalCalendar: deps.nationalCalendar,
  });
}
