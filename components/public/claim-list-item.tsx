import Link from 'next/link';
import { pageLocale } from '@/lib/claims/published-claim';
import { verdictPath } from '@/lib/claims/slug';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { VerdictBadge } from './verdict-badge';

interface Props {
  id: string;
  summary: string;
  status: ClaimStatus;
  publishedAt: Date | null;
  language: string;
  sourceName?: string | null;
  articleTitle: string;
  publisher: string | null;
}

export function ClaimListItem({ id, summary, status, publishedAt, language, sourceName, articleTitle, publisher }: Props) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid="public-claim">
      <VerdictBadge status={status} locale={pageLocale(language)} />
      <h2 className="mt-2 text-lg font-medium leading-snug">
        <Link href={verdictPath({ id, summary })} className="hover:underline">
          {summary}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        {[sourceName, `${articleTitle}${publisher ? ` (${publisher})` : ''}`, publishedAt?.toISOString().slice(0, 10)]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}
