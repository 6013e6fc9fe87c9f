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
    <li className="rounded-lg border border-stone-200 bg-white p-4" data-testid="public-claim">
      <div className="flex flex-wrap items-center gap-2">
        <VerdictBadge status={status} locale={locale} />
        {note ? (
          <span className="rounded bg-sky-100 px-2 py-0.5 text-sm font-medium text-sky-900" data-testid="claim-note">
            {note}
          </span>
        ) : null}
      </div>
      <h2 className="mt-2 text-lg font-medium leading-snug" lang={ownLang}>
        <Link href={localePath(locale, verdictPath({ id, summary }))} className="hover:underline">
          {summary}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        {sourceName ? <>{sourceName} · </> : null}
        <span lang={ownLang}>{articleTitle}</span>
        {publisher ? ` (${publisher})` : ''}
        {publishedAt ? <> · {formatDay(locale, publishedAt)}</> : null}
      </p>
    </li>
  );
}
