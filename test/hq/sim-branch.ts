/**
 * One simulated branch for the head-office simulation: the real queue-server services on their
 * own SQLite file, a generated day of visitors (issue, call, start, finish, the odd no-show,
 * complaint and survey answer), driven step by step on the simulation's clock.
 */
import { join } from 'node:path';
import { KIOSK_ACTOR } from '../../queue-server/engine/actor.ts';
import { buildServices } from '../../queue-server/services.ts';
import { openDatabase } from '../../queue-server/store/database.ts';
import { runHousekeeping } from '../../queue-server/housekeeping.ts';
import { defaultBranchConfig } from '../../queue-server/testing/fixtures.ts';
import type { Actor } from '../../queue-server/engine/actor.ts';

/** A small deterministic generator (mulberry32), so a failing run can be repeated by its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SimBranch {
  readonly services;
  readonly code: string;
  private readonly random;
  private readonly cso: Actor[];
  private issued = 0;

  constructor(
    readonly index: number,
    dir: string,
    readonly clock: { now: () => number },
    seed: number,
  ) {
    this.code = `KC-${String(index + 1).padStart(3, '0')}`;
    const base = defaultBranchConfig();
    const config = { ...base, branch: { ...base.branch, code: this.code, name: `Cabang Simulasi ${index + 1}` } };
    let n = 0;
    this.services = buildServices({ db: openDatabase(join(dir, this.code)), config, now: clock.now, newId: () => `${this.code}-t${++n}` });
    this.random = rng(seed);
    this.cso = config.counters.map((_c, i) => ({ userId: i + 1, username: `cso${i + 1}`, role: 'cso' as const }));
    for (const [i, c] of config.counters.entries()) this.services.counters.open(c.id, this.cso[i]!);
  }

  /** One step of the day: `arrivals` visitors take a ticket, each counter moves its visitor on. */
  step(arrivals: number): void {
    const s = this.services;
    for (let i = 0; i < arrivals; i++) {
      const services = s.config.services;
      const service = services[Math.floor(this.random() * services.length)]!;
      s.engine.issue({ serviceId: service.id, fastTrack: null }, KIOSK_ACTOR);
      this.issued++;
    }
    for (const [i, c] of s.config.counters.entries()) {
      const actor = this.cso[i]!;
      const current = s.engine.ticketsOfDay(s.engine.today()).find((t) => t.counterId === c.id && (t.status === 'called' || t.status === 'serving'));
      try {
        if (current?.status === 'called') {
          if (this.random() < 0.05) s.engine.noShow(current.id, actor);
          else s.engine.start(current.id, actor);
        } else if (current?.status === 'serving') {
          const done = s.engine.finish(current.id, actor);
          if (this.random() < 0.3) this.answerSurvey(done.id);
        } else {
          s.engine.callNext(c.id, actor);
        }
      } catch {
        // A counter that may not serve this service, or nothing waiting: the next step goes on.
      }
    }
    if (this.random() < 0.02) this.fileComplaint();
  }

  private answerSurvey(ticketId: string): void {
    const s = this.services;
    const { token } = s.surveys.finishAnswerOf(ticketId, 'http://cabang.test');
    s.surveys.submit({ token, overall: this.random() < 0.5 ? 3 : 4, answers: { u1: 4, u2: 3, u3: 4, u4: 3, u5: 4, u6: 4, u7: 3, u8: 4, u9: 4 } });
  }

  private fileComplaint(): void {
    const s = this.services;
    const category = s.complaints.categories()[0];
    if (!category) return;
    s.complaints.create({ category: category.id, reporter: { name: 'Peserta Simulasi', nik: `31740123456${String(this.index).padStart(5, '0')}`, phone: '081200000000' }, description: 'Antrean terlalu lama menurut peserta simulasi ini.', consent: true }, KIOSK_ACTOR);
  }

  /** The housekeeping tick: closes and seals past days. */
  housekeeping(): void {
    runHousekeeping(this.services);
  }

  get ticketsIssued(): number {
    return this.issued;
  }

  close(): void {
    this.services.db.close();
  }
}
