// An export page is read in id order from the primary key and stops at its last row, whatever the
// planner guesses about the filters: the export pool's sessions switch sorting off
// (lib/data/export-claims.ts says why: a whole-table scan and sort per page made a 10,000-claim feed
// take 12 s). Checked on the plans PostgreSQL gives the public feed's and a filtered export's pages.
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '@/lib/export/filters';
import { createExportPool, exportPageQuery } from '@/lib/data/export-claims';

const pool = createExportPool(process.env.DATABASE_URL ?? '', 1);
afterAll(() => pool.end());

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

async function pagePlan(filters: typeof DEFAULT_FILTERS, markupOnly: boolean): Promise<PlanNode[]> {
  const { text, values } = exportPageQuery(filters, markupOnly, 250);
  const { rows } = await pool.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${text}`, values('some-id'));
  return nodes(rows[0]!['QUERY PLAN'][0]!.Plan);
}

describe('an export page', () => {
  it('is read from the primary key in id order, with no sort of the whole table', async () => {
    const filtered = { ...DEFAULT_FILTERS, statuses: ['FALSE' as const], language: 'id' };
    for (const [filters, markupOnly] of [
      [DEFAULT_FILTERS, false],
      [DEFAULT_FILTERS, true],
      [filtered, false],
    ] as const) {
      const plan = await pagePlan(filters, markupOnly);
      expect(plan.map((node) => node['Node Type'])).not.toContain('Sort');
      expect(plan.some((node) => node['Index Name'] === 'Claim_pkey')).toBe(true);
    }
  });
});
