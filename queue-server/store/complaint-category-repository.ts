/** The branch's complaint categories: seeded from the default list, changed by an administrator. */
import { z } from 'zod';
import { DEFAULT_CATEGORIES, type ComplaintCategory } from '../../shared/complaints/categories.ts';
import type { Db } from './database.ts';
import { rowParser } from './rows.ts';

const categoryRow = rowParser('complaint_categories', z.object({ id: z.string(), name: z.string(), nameEn: z.string() }));
const countRow = rowParser('complaint_categories', z.object({ n: z.number().int() }));

export class ComplaintCategoryRepository {
  private readonly s;

  constructor(db: Db) {
    this.s = {
      active: db.prepare('SELECT id, name, name_en AS nameEn FROM complaint_categories WHERE active = 1 ORDER BY position'),
      count: db.prepare('SELECT COUNT(*) AS n FROM complaint_categories'),
      add: db.prepare('INSERT INTO complaint_categories (id, name, name_en, position) VALUES (?, ?, ?, ?)'),
    };
  }

  /** An empty table starts from the seeded list (seeds 003 and 004). Run inside the unit of work. */
  seedIfEmpty(): void {
    if (countRow.one(this.s.count.get()).n === 0) DEFAULT_CATEGORIES.forEach((c, i) => this.s.add.run(c.id, c.name, c.nameEn, i));
  }

  active(): ComplaintCategory[] {
    return categoryRow.all(this.s.active.all());
  }
}
