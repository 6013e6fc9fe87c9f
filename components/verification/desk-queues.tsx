// The desk home's lists: a queue of claims (assigned to me, waiting for my review) and recent activity.
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/ui/status-badge';
import { describeEvent, describeEventBriefly } from '@/lib/i18n/event-text';
import { isLocale } from '@/lib/i18n/locales';
import type { DeskOverview } from '@/lib/data/desk-home';
import { DeskTime } from '@/components/ui/desk-time';

/** Short enough to show inline on the desk; longer details (explanations, evidence) stay on the claim page. */
const BRIEF_DETAILS = new Set(['STATUS_CHANGED', 'ASSIGNED']);

type QueueClaim = DeskOverview['assignedToMe'][number] & { submittedBy?: string | null };

export function ClaimQueue({ id, title, claims, empty }: { id: string; title: string; claims: QueueClaim[]; empty: string }) {
  const t = useTranslations('DeskHome');
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h2 id={id} className="mb-3 text-lg font-medium">
        {title} <span className="text-sm font-normal text-stone-500">({claims.length})</span>
      </h2>
      {claims.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {claims.map((claim) => (
            <li key={claim.id} className="space-y-1 p-3">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={claim.status} />
                <Link href={`/desk/claims/${claim.id}`} className="font-medium text-sky-900 hover:underline">
                  {claim.summary}
                </Link>
              </div>
              <p className="text-sm text-stone-500">
                {claim.attributions[0]?.article.title}
                {claim.submittedBy ? ` · ${t('submittedBy', { name: claim.submittedBy })}` : ''}
                {' · '}
                {t('updated')} <DeskTime at={claim.updatedAt} ago />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RecentActivity({ events }: { events: DeskOverview['recentActivity'] }) {
  const t = useTranslations('DeskHome');
  const asked = useLocale();
  const locale = isLocale(asked) ? asked : 'en';
  return (
    <section aria-labelledby="recent-activity" data-testid="recent-activity">
      <h2 id="recent-activity" className="mb-3 text-lg font-medium">
        {t('recentActivity')}
      </h2>
      {events.length === 0 ? (
        <p className="text-stone-600">{t('nothingHappened')}</p>
      ) : (
        <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {events.map((event) => (
            <li key={event.id} className="p-3 text-sm">
              <p>
                <span className="font-medium">{event.actor.name}</span>{' '}
                {BRIEF_DETAILS.has(event.kind) ? describeEventBriefly(locale, event) : describeEvent(locale, event).summary} {t('on')}{' '}
                <Link href={`/desk/claims/${event.claim.id}`} className="text-sky-900 underline">
                  {event.claim.summary}
                </Link>
              </p>
              <p className="text-stone-500">
                <DeskTime at={event.at} ago />
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
