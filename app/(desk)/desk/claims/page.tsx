import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/ui/status-badge';
import { guardPage } from '@/lib/auth/guard';
import { PUBLICATION_LABELS, STATUS_ORDER } from '@/lib/claims/status';
import { listDeskClaims } from '@/lib/data/desk-claims';
import { describeNote } from '@/lib/i18n/correction-note';
import { isLocale } from '@/lib/i18n/locales';
import type { ClaimStatus, Publication } from '@/lib/generated/prisma/enums';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DeskClaims'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DeskClaimsPage({ searchParams }: { searchParams: SearchParams }) {
  await guardPage('desk:read', '/desk/claims');
  const params = await searchParams;
  const status = STATUS_ORDER.find((s) => s === params.status) ?? null;
  const publication = (Object.keys(PUBLICATION_LABELS) as Publication[]).find((p) => p === params.publication) ?? null;
  const pageParam = typeof params.page === 'string' && /^\d{1,4}$/.test(params.page) ? Number(params.page) : 1;
  const page = Math.max(1, pageParam);
  const [{ claims, hasMore }, t, statusName, publicationName, asked] = await Promise.all([
    listDeskClaims({ status, publication, page }),
    getTranslations('DeskClaims'),
    getTranslations('Status'),
    getTranslations('Publication'),
    getLocale(),
  ]);
  const locale = isLocale(asked) ? asked : 'en';
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
      <h1 className="text-2xl font-semibold">{status ? t('titleWithStatus', { status: statusName(status) }) : t('title')}</h1>
      {unknownFilter ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {t('unknownFilter')}
        </p>
      ) : null}
      <nav aria-label={t('byStatus')} className="flex flex-wrap gap-2">
        <Link href={link({ status: null, page: 1 })} className={chip(!status)} aria-current={!status ? 'page' : undefined}>
          {t('allStatuses')}
        </Link>
        {STATUS_ORDER.map((s) => (
          <Link key={s} href={link({ status: s, page: 1 })} className={chip(status === s)} aria-current={status === s ? 'page' : undefined}>
            {statusName(s)}
          </Link>
        ))}
      </nav>
      <nav aria-label={t('byPublication')} className="flex flex-wrap gap-2">
        <Link href={link({ publication: null, page: 1 })} className={chip(!publication)}>
          {t('anyPublication')}
        </Link>
        {(Object.keys(PUBLICATION_LABELS) as Publication[]).map((p) => (
          <Link key={p} href={link({ publication: p, page: 1 })} className={chip(publication === p)}>
            {publicationName(p)}
          </Link>
        ))}
      </nav>
      {claims.length === 0 ? (
        <p className="text-stone-600">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {claims.map((claim) => (
            <li key={claim.id} className="space-y-1 p-3" data-testid="desk-claim">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={claim.status} />
                <span className="text-xs text-stone-500">{publicationName(claim.publication)}</span>
                {claim.needsAttention ? (
                  <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950">{t('needsAttention')}</span>
                ) : null}
                {claim.publicOutOfDate ? (
                  <span
                    className="rounded bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900"
                    title={t('outOfDateWhy', { reason: describeNote(locale, claim.publicOutOfDate) })}
                    data-testid="public-out-of-date"
                  >
                    {t('outOfDate')}
                  </span>
                ) : null}
              </div>
              <Link href={`/desk/claims/${claim.id}`} className="block font-medium text-sky-900 hover:underline">
                {claim.summary}
              </Link>
              <p className="text-sm text-stone-600">
                {[
                  claim.source?.name ?? t('noSource'),
                  claim.article?.title,
                  claim.attributionCount > 1 ? t('places', { count: claim.attributionCount }) : null,
                  claim.assignee ? t('assignedTo', { name: claim.assignee.name }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t('pages')} className="flex justify-between text-sm">
        {page > 1 ? (
          <Link href={link({ page: page - 1 })} className="text-sky-800 underline">
            ← {t('newer')}
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link href={link({ page: page + 1 })} className="text-sky-800 underline">
            {t('older')} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
