import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { guardPage } from '@/lib/auth/guard';
import { CLAIM_STATUSES, PUBLICATION_LABELS, STATUS_ORDER } from '@/lib/claims/status';
import { listDeskClaims } from '@/lib/data/desk-claims';
import type { ClaimStatus, Publication } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Claims' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DeskClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  await guardPage('desk:read', '/desk/claims');
  const params = await searchParams;
  const status = STATUS_ORDER.find((s) => s === params.status) ?? null;
  const publication = (Object.keys(PUBLICATION_LABELS) as Publication[]).find((p) => p === params.publication) ?? null;
  const pageParam = typeof params.page === 'string' && /^\d{1,4}$/.test(params.page) ? Number(params.page) : 1;
  const page = Math.max(1, pageParam);
  const { claims, hasMore } = await listDeskClaims({ status, publication, page });
  const unknownFilter = (params.status && !status) || (params.publication && !publication);
  const link = (changes: { status?: ClaimStatus | null; publication?: Publication | null; page?: number }) => {
    const query = new URLSearchParams();
    const s = changes.status === undefined ? status : changes.status;
    const p = changes.publication === undefined ? publication : changes.publication;
    if (s) query.set('status', s);
    if (p) query.set('publication', p);
    if (changes.page && changes.page > 1) query.set('page', String(changes.page));
    return `/desk/claims${query.size ? `?${query}` : ''}`;
  };
  const chip = (active: boolean) =>
    `rounded-full border px-3 py-1 text-sm ${active ? 'border-sky-700 bg-sky-700 text-white' : 'border-stone-300 bg-white text-stone-700 hover:border-sky-600'}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Claims{status ? `: ${CLAIM_STATUSES[status].label.en}` : ''}</h1>
      {unknownFilter ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          That filter does not exist; showing all claims.
        </p>
      ) : null}
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2">
        <Link href={link({ status: null, page: 1 })} className={chip(!status)} aria-current={!status ? 'page' : undefined}>
          All statuses
        </Link>
        {STATUS_ORDER.map((s) => (
          <Link key={s} href={link({ status: s, page: 1 })} className={chip(status === s)} aria-current={status === s ? 'page' : undefined}>
            {CLAIM_STATUSES[s].label.en}
          </Link>
        ))}
      </nav>
      <nav aria-label="Filter by publication" className="flex flex-wrap gap-2">
        <Link href={link({ publication: null, page: 1 })} className={chip(!publication)}>
          Any publication
        </Link>
        {(Object.keys(PUBLICATION_LABELS) as Publication[]).map((p) => (
          <Link key={p} href={link({ publication: p, page: 1 })} className={chip(publication === p)}>
            {PUBLICATION_LABELS[p]}
          </Link>
        ))}
      </nav>
      {claims.length === 0 ? (
        <p className="text-stone-600">No claims match.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {claims.map((claim) => (
            <li key={claim.id} className="space-y-1 p-3" data-testid="desk-claim">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={claim.status} />
                <span className="text-xs text-stone-500">{PUBLICATION_LABELS[claim.publication]}</span>
                {claim.needsAttention ? (
                  <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950">Needs attention</span>
                ) : null}
                {claim.publicOutOfDate ? (
                  <span
                    className="rounded bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900"
                    title={`Changed on the desk since approval: ${claim.publicOutOfDate}. Readers see the approved version until a second editor approves.`}
                    data-testid="public-out-of-date"
                  >
                    Public page out of date
                  </span>
                ) : null}
              </div>
              <Link href={`/desk/claims/${claim.id}`} className="block font-medium text-sky-900 hover:underline">
                {claim.summary}
              </Link>
              <p className="text-sm text-stone-600">
                {[
                  claim.source?.name ?? 'No source',
                  claim.article?.title,
                  claim.attributionCount > 1 ? `said in ${claim.attributionCount} places` : null,
                  claim.assignee ? `assigned to ${claim.assignee.name}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="flex justify-between text-sm">
        {page > 1 ? (
          <Link href={link({ page: page - 1 })} className="text-sky-800 underline">
            ← Newer
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={link({ page: page + 1 })} className="text-sky-800 underline">
            Older →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
