import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SourceDetail } from '@/lib/data/sources';
import { StatusBadge } from '@/components/ui/status-badge';

/** What the source said, one line per attribution: the claim, asserted or denied, and where. */
export function SourceClaims({ attributions }: { attributions: SourceDetail['attributions'] }) {
  const t = useTranslations('SourceDetail');
  if (attributions.length === 0) return <p className="text-stone-600">{t('noClaims')}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {attributions.map(({ id, stance, claim, article }) => (
        <li key={id} className="space-y-1 p-3" data-testid="source-claim">
          <div className="flex flex-wrap items-baseline gap-2">
            <StatusBadge status={claim.status} />
            {stance === 'DENIES' ? <span className="text-xs font-semibold uppercase text-stone-600">{t('denies')}</span> : null}
            <Link href={`/desk/claims/${claim.id}`} className="font-medium hover:underline">
              {claim.summary}
            </Link>
          </div>
          <p className="text-sm text-stone-600">
            {t('inArticle')}{' '}
            <Link href={`/desk/articles/${article.id}`} className="text-sky-900 hover:underline">
              {article.title}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
