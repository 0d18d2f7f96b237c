/** Builds the survey side for services.ts: store, token secret, use cases and reports. */
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';
import type { Db } from '../store/database.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { IkmReports } from './ikm-report.ts';
import { SurveyService } from './survey-service.ts';
import { MetaRepository } from '../store/meta-repository.ts';
import { SurveyRepository } from '../store/survey-repository.ts';
import { loadOrCreateSecret, SurveyTokens } from './survey-tokens.ts';

export function buildSurvey(deps: { db: Db; uow: UnitOfWork; config: BranchConfig; now: () => number; questionnaire?: () => string }) {
  const store = new SurveyRepository(deps.db);
  const tokens = new SurveyTokens(deps.uow.write(() => loadOrCreateSecret(new MetaRepository(deps.db))));
  return {
    surveys: new SurveyService({ store, tokens, uow: deps.uow, config: deps.config, now: deps.now, questionnaire: deps.questionnaire }),
    ikmReports: new IkmReports(store, deps.config),
  };
}
