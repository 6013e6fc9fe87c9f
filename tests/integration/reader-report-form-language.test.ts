// The readers' form action answers in the language of the page it was sent from (the hidden
// pageLocale field), not the browser's: a reader of an English verdict page whose browser prefers
// Indonesian reads English. Without the field (an old form), the browser's language still applies.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_LOCALE_FIELD } from '@/lib/actions/page-locale-field';
import { sendReaderReportAction } from '@/lib/actions/reader-reports';
import { MESSAGES } from '@/lib/i18n/messages';
import { formData } from '../support/factories';

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(request.headers),
  cookies: () => Promise.resolve({ get: () => undefined }),
}));

/** The refusal's words for the message field (an accepted report has none). */
async function textError(fields: Record<string, string>) {
  const answer = await sendReaderReportAction(null, formData({ kind: 'TIP', text: '  ', ...fields }));
  return answer.ok ? null : answer.errors?.text;
}

describe('the readers’ form action', () => {
  beforeEach(() => {
    request.headers = new Headers({
      origin: 'http://localhost:3000',
      host: 'localhost:3000',
      'sec-fetch-site': 'same-origin',
      'accept-language': 'id-ID,id;q=0.9',
      'x-forwarded-for': '10.78.0.1',
    });
  });

  it('refuses an empty message in the page’s language, whatever the browser prefers', async () => {
    expect(await textError({ [PAGE_LOCALE_FIELD]: 'en' })).toEqual([MESSAGES.en.ReaderReports.textRequired]);
    expect(await textError({ [PAGE_LOCALE_FIELD]: 'id' })).toEqual([MESSAGES.id.ReaderReports.textRequired]);
  });

  it('falls back to the browser’s language without the field or with an unknown language', async () => {
    for (const fields of [{}, { [PAGE_LOCALE_FIELD]: 'fr' }] as Record<string, string>[])
      expect(await textError(fields)).toEqual([MESSAGES.id.ReaderReports.textRequired]);
  });
});
