/** Each section of the settings and how its body lands on a whole branch configuration. */
import type { z } from 'zod';
import type { branchDetailsBodySchema, countersBodySchema, openingHoursBodySchema, printersBodySchema, queueRulesBodySchema, runningTextBodySchema, servicesBodySchema, SettingsSection } from '../../shared/contracts/admin.ts';
import type { BranchConfig } from '../../shared/contracts/branch-config.ts';

export interface SectionBodies {
  branch: z.output<typeof branchDetailsBodySchema>;
  runningText: z.output<typeof runningTextBodySchema>;
  services: z.output<typeof servicesBodySchema>;
  counters: z.output<typeof countersBodySchema>;
  openingHours: z.output<typeof openingHoursBodySchema>;
  queueRules: z.output<typeof queueRulesBodySchema>;
  printers: z.output<typeof printersBodySchema>;
}
/** One section's change: the section named with its body, so a switch narrows both. */
export type SectionChange = { [S in SettingsSection]: { section: S; body: SectionBodies[S] } }[SettingsSection];

/** A new whole configuration: base with the one section replaced (base itself is not changed). */
export function applySection(base: BranchConfig, change: SectionChange): BranchConfig {
  const next = structuredClone(base);
  switch (change.section) {
    case 'branch': {
      const { code, name, timeZone, address } = change.body;
      next.branch = { ...next.branch, code, name, timeZone };
      if (address) next.branch.address = address;
      else delete next.branch.address;
      return next;
    }
    case 'runningText':
      next.branch.runningText = change.body.runningText;
      return next;
    case 'services': {
      const { services, reasonServices } = change.body;
      next.services = services.map((s) => ({ ...s }));
      if (reasonServices) next.fastTrack.reasonServices = reasonServices;
      else delete next.fastTrack.reasonServices;
      return next;
    }
    case 'counters':
      next.counters = change.body.counters.map((c) => ({ ...c, serviceIds: [...c.serviceIds] }));
      return next;
    case 'openingHours':
      next.openingHours = { ...change.body.openingHours };
      return next;
    case 'queueRules':
      next.fastTrack = { ...next.fastTrack, ...change.body.fastTrack };
      next.recall = { ...change.body.recall };
      next.targets = { ...change.body.targets };
      return next;
    case 'printers': {
      // Each entry replaces that printer's setting; printers not named keep theirs.
      const named = new Set(change.body.printers.map((p) => p.id));
      next.printers = [...(next.printers ?? []).filter((p) => !named.has(p.id)), ...change.body.printers.map((p) => ({ ...p }))];
      return next;
    }
  }
}
