import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SourceDetail } from '@/lib/data/sources';
import { StatusBadge } from '@/components/ui/status-badge';

export function SourceClaims({ claims }: { claims: SourceDetail['claims'] }) {
  const t = useTranslations('SourceDetail');
  if (claims.length === 0) return <p className="text-stone-600">{t('noClaims')}</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {claims.map((claim) => (
        <li key={claim.id} className="space-y-1 p-3" data-testid="source-claim">
          <div className="flex flex-wrap items-baseline gap-2">
            <StatusBadge status={claim.status} />
            <p className="font-medium">{claim.summary}</p>
          </div>
          <p className="text-sm text-stone-600">
            {t('inArticle')}{' '}
            <Link href={`/desk/articles/${claim.article.id}`} className="text-sky-900 hover:underline">
              {claim.article.title}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
