import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-name';
import { DEFAULT_FILTERS } from './filters';

const day = new Date('2025-04-02T23:00:00Z');

describe('exportFileName', () => {
  it('names the default export by its publication and day', () => {
    expect(exportFileName('csv', DEFAULT_FILTERS, day)).toBe('claimdesk-published-2025-04-02.csv');
  });

  it('names the attributions file apart from the one-row-per-claim CSV', () => {
    expect(exportFileName('attributions', DEFAULT_FILTERS, day)).toBe('claimdesk-published-2025-04-02.attributions.csv');
  });

  it('carries every filter', () => {
    const filters = {
      statuses: ['FALSE', 'MISLEADING'] as const,
      publication: 'draft',
      articleId: 'ckart1',
      sourceId: 'cksrc2',
      from: '2025-01-01',
      to: null,
      language: 'id',
    } as const;
    expect(exportFileName('claimreview', { ...filters, statuses: [...filters.statuses] }, day)).toBe(
      'claimdesk-drafts-false+misleading-id-article-ckart1-source-cksrc2-2025-01-01_now-2025-04-02.claimreview.jsonld',
    );
  });
});
