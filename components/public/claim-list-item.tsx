import Link from 'next/link';
import { verdictPath } from '@/lib/claims/slug';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { formatDay } from '@/lib/i18n/format';
import { localeOfLanguage, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { VerdictBadge } from './verdict-badge';

interface Props {
  locale: Locale;
  id: string;
  summary: string;
  status: ClaimStatus;
  publishedAt: Date | null;
  language: string;
  sourceName?: string | null;
  articleTitle: string;
  publisher: string | null;
  /** A remark on the claim in the page's language ("Denied by ..." on a source's track record). */
  note?: string;
}

export function ClaimListItem({ locale, id, summary, status, publishedAt, language, sourceName, articleTitle, publisher, note }: Props) {
  // The summary and the article title are the claim's own words, in the article's language.
  const ownLang = localeOfLanguage(language) === locale ? undefined : language;
  return (
    <li className="claim-card" data-testid="public-claim">
      <div className="claim-card-head">
        <VerdictBadge status={status} locale={locale} />
        {note ? (
          <span className="rounded bg-sky-100 px-2 py-0.5 text-sm font-medium text-sky-900" data-testid="claim-note">
            {note}
          </span>
        ) : null}
      </div>
      <h2 className="claim-card-title" lang={ownLang}>
        {/* No prefetch: every verdict in view would be fetched ahead, ten requests per visit to the index. */}
        <Link href={localePath(locale, verdictPath({ id, summary }))} prefetch={false}>
          {summary}
        </Link>
      </h2>
      {/* Joined into whole text nodes: each JSX text beside an expression costs a marker in the HTML. */}
      <p className="claim-card-meta">
        {sourceName ? `${sourceName} · ` : null}
        <span lang={ownLang}>{articleTitle}</span>
        {[publisher ? ` (${publisher})` : '', publishedAt ? ` · ${formatDay(locale, publishedAt)}` : ''].join('')}
      </p>
    </li>
  );
}
