import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/ui/status-badge';
import { SourceChangesQueue } from '@/components/source-changes/source-changes-queue';
import { ClaimQueue, RecentActivity } from '@/components/verification/desk-queues';
import { guardPage } from '@/lib/auth/guard';
import { STATUS_ORDER } from '@/lib/claims/status';
import { getDeskOverview } from '@/lib/data/desk-home';
import { countOpenReaderReports } from '@/lib/data/reader-reports';
import { listOpenSourceChanges } from '@/lib/data/source-changes';
import { can } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DeskHome'))('title') };
}

export default async function DeskHomePage() {
  const user = await guardPage('desk:read');
  const t = await getTranslations('DeskHome');
  const [{ countsByStatus, articles, assignedToMe, waitingForMyReview, recentActivity }, openReports, sourceChanges] = await Promise.all([
    getDeskOverview(user.id),
    countOpenReaderReports(),
    listOpenSourceChanges(),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t('greeting', { name: user.name })}</h1>
      <p>
        <Link href="/desk/inbox" className="text-sky-800 underline" data-testid="open-reports">
          {t('openReports', { count: openReports })}
        </Link>
      </p>
      <section aria-labelledby="by-status">
        <h2 id="by-status" className="mb-3 text-lg font-medium">
          {t('byStatus')}
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {STATUS_ORDER.map((status) => (
            <li key={status} data-testid={`count-${status}`}>
              <Link
                href={`/desk/claims?status=${status}`}
                className="block rounded-lg border border-stone-200 bg-white p-3 hover:border-sky-600"
              >
                <StatusBadge status={status} />
                <p className="mt-2 text-2xl font-semibold tabular-nums">{countsByStatus.get(status) ?? 0}</p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <SourceChangesQueue queue={sourceChanges} canResolve={can(user.role, 'claim:write')} />
      {can(user.role, 'claim:write') ? (
        <div className="grid gap-8 lg:grid-cols-2">
          <ClaimQueue id="assigned-to-me" title={t('assignedToMe')} claims={assignedToMe} empty={t('nothingAssigned')} />
          {can(user.role, 'claim:review') ? (
            <ClaimQueue
              id="waiting-for-my-review"
              title={t('waitingForMyReview')}
              claims={waitingForMyReview}
              empty={t('nothingWaiting')}
            />
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-2">
        <RecentActivity events={recentActivity} />
        <section aria-labelledby="recent-articles">
          <h2 id="recent-articles" className="mb-3 text-lg font-medium">
            {t('recentArticles')}
          </h2>
          {articles.length === 0 ? (
            <p className="text-stone-600">{t('noArticles')}</p>
          ) : (
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
              {articles.map((article) => (
                <li key={article.id} className="flex items-baseline justify-between gap-4 p-3">
                  <Link href={`/desk/articles/${article.id}`} className="font-medium text-sky-900 hover:underline">
                    {article.title}
                  </Link>
                  <span className="shrink-0 text-sm text-stone-500">
                    {article.publisher ?? t('unknownPublisher')} · {t('claimCount', { count: article.liveClaims })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
