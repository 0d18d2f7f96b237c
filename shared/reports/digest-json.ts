/**
 * A day digest as stored (JSON): maps as [key, group] pairs, histograms as flat [key, count, ...]
 * lists. Parsed by hand, not with zod: a semester is ~130 digests of thousands of numbers each, and
 * a schema parse per number costs more than the figures. The checks are the same (shapes, integers);
 * anything else is a DigestFormatError and the caller computes that day from its visits instead.
 */
import type { Outcomes } from './visits.ts';
import { emptyDigest, type HonestyGroup, type Hist, type ServiceGroup, type VisitDigest, type WaitGroup } from './digest.ts';

export class DigestFormatError extends Error {}

const OUTCOME_KEYS = ['issued', 'served', 'missed', 'returned', 'transferred', 'cancelled', 'expired'] as const satisfies readonly (keyof Outcomes)[];

const flat = (h: Hist): number[] => [...h].flat();
const waitOut = (g: WaitGroup) => [...OUTCOME_KEYS.map((k) => g.outcomes[k]), flat(g.wait)];
const serviceOut = (g: ServiceGroup) => [g.served, g.servingMs, flat(g.service)];
const honestyOut = (g: HonestyGroup) => [g.n, g.underestimated, flat(g.estimate), flat(g.actual), flat(g.absError)];

export function digestToJson(d: VisitDigest): string {
  const pairs = <K, V>(m: Map<K, V>, out: (v: V) => unknown[]) => [...m].map(([k, v]) => [k, ...out(v)]);
  return JSON.stringify({
    s: pairs(d.byService, waitOut),
    r: pairs(d.byReason, waitOut),
    c: pairs(d.byCell, waitOut),
    o: pairs(d.byOfficer, serviceOut),
    k: pairs(d.byCounter, serviceOut),
    u: [...d.rules],
    hs: pairs(d.honestyByService, honestyOut),
    hh: pairs(d.honestyByHour, honestyOut),
  });
}

const fail = (what: string): never => {
  throw new DigestFormatError(`report_days: a stored digest does not match this build (${what})`);
};
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** A stored digest after its shape was checked: the JSON arrays as they are. */
interface CheckedDigest {
  s: unknown[][];
  r: unknown[][];
  c: unknown[][];
  o: unknown[][];
  k: unknown[][];
  u: unknown[][];
  hs: unknown[][];
  hh: unknown[][];
}

/** Group rows: [key, ...ints, ...histograms]; the key's type, the ints and every histogram entry checked. */
function checkRows(v: unknown, what: string, textKey: boolean, ints: number, hists: number): unknown[][] {
  if (!Array.isArray(v)) return fail(what);
  for (const row of v as unknown[]) {
    if (!Array.isArray(row) || row.length !== 1 + ints + hists) fail(what);
    const r = row as unknown[];
    if (textKey ? typeof r[0] !== 'string' : !isInt(r[0])) fail(what);
    for (let i = 1; i <= ints; i++) if (!isInt(r[i])) fail(what);
    for (let i = 1 + ints; i < r.length; i++) {
      const h = r[i];
      if (!Array.isArray(h) || h.length % 2 !== 0) fail(what);
      for (const x of h as unknown[]) if (!isInt(x)) fail(what);
    }
  }
  return v as unknown[][];
}

function check(text: string): CheckedDigest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not JSON');
  }
  if (typeof raw !== 'object' || raw === null) return fail('not an object');
  const o = raw as Record<string, unknown>;
  return {
    s: checkRows(o.s, 's', true, OUTCOME_KEYS.length, 1),
    r: checkRows(o.r, 'r', true, OUTCOME_KEYS.length, 1),
    c: checkRows(o.c, 'c', false, OUTCOME_KEYS.length, 1),
    o: checkRows(o.o, 'o', true, 2, 1),
    k: checkRows(o.k, 'k', true, 2, 1),
    u: checkRows(o.u, 'u', true, 1, 0),
    hs: checkRows(o.hs, 'hs', true, 2, 3),
    hh: checkRows(o.hh, 'hh', false, 2, 3),
  };
}

// After check(): every cell below is known to be an integer (or a string key), every histogram a flat list.
const n = (v: unknown): number => v as number;

function addHist(h: Hist, flatList: unknown): void {
  const a = flatList as number[];
  for (let i = 0; i < a.length; i += 2) {
    const k = n(a[i]);
    h.set(k, (h.get(k) ?? 0) + n(a[i + 1]));
  }
}

function slot<K, V>(m: Map<K, V>, key: K, make: () => V): V {
  let v = m.get(key);
  if (v === undefined) {
    v = make();
    m.set(key, v);
  }
  return v;
}

const newWait = (): WaitGroup => ({ outcomes: { issued: 0, served: 0, missed: 0, returned: 0, transferred: 0, cancelled: 0, expired: 0 }, wait: new Map() });
const newService = (): ServiceGroup => ({ served: 0, service: new Map(), servingMs: 0 });
const newHonesty = (): HonestyGroup => ({ n: 0, estimate: new Map(), actual: new Map(), absError: new Map(), underestimated: 0 });

function addWaits<K>(into: Map<K, WaitGroup>, rows: unknown[][]): void {
  for (const r of rows) {
    const g = slot(into, r[0] as K, newWait);
    OUTCOME_KEYS.forEach((k, i) => (g.outcomes[k] += n(r[i + 1])));
    addHist(g.wait, r[OUTCOME_KEYS.length + 1]);
  }
}

function addServices(into: Map<string, ServiceGroup>, rows: unknown[][]): void {
  for (const r of rows) {
    const g = slot(into, r[0] as string, newService);
    g.served += n(r[1]);
    g.servingMs += n(r[2]);
    addHist(g.service, r[3]);
  }
}

function addHonesty<K>(into: Map<K, HonestyGroup>, rows: unknown[][]): void {
  for (const r of rows) {
    const g = slot(into, r[0] as K, newHonesty);
    g.n += n(r[1]);
    g.underestimated += n(r[2]);
    addHist(g.estimate, r[3]);
    addHist(g.actual, r[4]);
    addHist(g.absError, r[5]);
  }
}

/**
 * Adds stored digests into one (the same as mergeDigests of each parsed), without building a map
 * per day. Every digest is checked before anything is added: one that does not match throws a
 * DigestFormatError and `into` is left as it was.
 */
export function addDigestJson(into: VisitDigest, text: string): void {
  const d = check(text);
  addWaits(into.byService, d.s);
  addWaits(into.byReason, d.r);
  addWaits(into.byCell, d.c);
  addServices(into.byOfficer, d.o);
  addServices(into.byCounter, d.k);
  for (const r of d.u) into.rules.set(r[0] as string, (into.rules.get(r[0] as string) ?? 0) + n(r[1]));
  addHonesty(into.honestyByService, d.hs);
  addHonesty(into.honestyByHour, d.hh);
}

export function digestFromJson(text: string): VisitDigest {
  const d = emptyDigest();
  addDigestJson(d, text);
  return d;
}
