// /api/desk-sources?q=armen: the claim form's source field while an editor types (the existing
// source the text means, and names containing it). Desk data: signed-in desk users only, never cached.
// Refusals are in the editor's language (profile, else the browser's).
import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth/current-user';
import { MAX_TYPED_SOURCE, suggestClaimSources } from '@/lib/data/sources';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { jsonRefusal } from '@/lib/http/json-refusal';
import { editorLocaleOfRequest } from '@/lib/i18n/request-locale';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function GET(request: Request): Promise<Response> {
  const access = await authorize('desk:read');
  const locale = editorLocaleOfRequest(request, access.ok ? access.user : null, getDefaultLocale());
  if (!access.ok) return jsonRefusal(locale, access.status, access.message, { headers: PRIVATE });
  const typed = new URL(request.url).searchParams.get('q') ?? '';
  if (typed.length > MAX_TYPED_SOURCE) {
    return jsonRefusal(locale, 400, 'ApiRefusal.sourceNameTooLong', { values: { maximum: MAX_TYPED_SOURCE }, headers: PRIVATE });
  }
  return NextResponse.json(await suggestClaimSources(typed), { headers: PRIVATE });
}
