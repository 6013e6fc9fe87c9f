// /api/public-sources?q=armen: up to 10 sources of published verdicts whose name contains the
// typed words, for the suggestions of the index's source field. Public data only (names as
// approved), so no session; cached briefly by browsers and any proxy in front.
import { NextResponse } from 'next/server';
import { findPublicSources } from '@/lib/data/public-index';
import { jsonRefusal } from '@/lib/http/json-refusal';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { localeOfRequest } from '@/lib/i18n/request-locale';
import { MAX_SOURCE_NAME_LENGTH } from '@/lib/schemas/public-search';

const SUGGESTIONS = 10;

export async function GET(request: Request): Promise<Response> {
  const typed = new URL(request.url).searchParams.get('q')?.trim() ?? '';
  if (typed.length > MAX_SOURCE_NAME_LENGTH) {
    const locale = localeOfRequest(request, getDefaultLocale());
    return jsonRefusal(locale, 400, 'ApiRefusal.sourceNameTooLong', { values: { maximum: MAX_SOURCE_NAME_LENGTH } });
  }
  const sources = typed ? await findPublicSources(typed, SUGGESTIONS) : [];
  return NextResponse.json({ sources }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
