// The root error page loads its words lazily (so the catalogues stay out of every page's scripts);
// rendered on the server, as Next does when a part's root layout fails, it must still say them.
import { createElement } from 'react';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import RootErrorPage from '@/app/error';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/db/database-unavailable-error';
import { MESSAGES } from '@/lib/i18n/messages';

async function html(digest?: string): Promise<string> {
  const error = Object.assign(new Error('layout failed'), digest ? { digest } : {});
  const { prelude } = await prerender(createElement(RootErrorPage, { error, reset: () => undefined }));
  return new Response(prelude).text();
}

describe('the root error page', () => {
  it('says what happened in both languages', async () => {
    const page = await html();
    for (const locale of ['id', 'en'] as const) {
      expect(page).toContain(MESSAGES[locale].ErrorPage.title);
      expect(page).toContain(MESSAGES[locale].ErrorPage.retry);
    }
  });

  it('says the database is unavailable when that is the cause', async () => {
    const page = await html(DATABASE_UNAVAILABLE_DIGEST);
    for (const locale of ['id', 'en'] as const) expect(page).toContain(MESSAGES[locale].DatabaseGate.title);
    expect(page).not.toContain(MESSAGES.en.ErrorPage.title);
  });
});
