// /api/desk-sources?q=armen: the claim form's source field while an editor types (the existing
// source the text means, and names containing it). Desk data: signed-in desk users only, never cached.
import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth/current-user';
import { MAX_TYPED_SOURCE, suggestClaimSources } from '@/lib/data/sources';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function GET(request: Request): Promise<Response> {
  const access = await authorize('desk:read');
  if (!access.ok) return NextResponse.json({ error: access.message }, { status: access.status, headers: PRIVATE });
  const typed = new URL(request.url).searchParams.get('q') ?? '';
  if (typed.length > MAX_TYPED_SOURCE) {
    return NextResponse.json(
      { error: `Type at most ${MAX_TYPED_SOURCE} characters of a source's name.` },
      { status: 400, headers: PRIVATE },
    );
  }
  return NextResponse.json(await suggestClaimSources(typed), { headers: PRIVATE });
}
