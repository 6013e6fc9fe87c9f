// "Who said it" on a verdict page: every place the claim was said, in order of appearance. Each
// names the source (linked to its track record), whether it made the claim or denied it, the
// article, and the quoted words in their paragraph. Article titles and quotes keep their language.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { PublicAttribution } from '@/lib/claims/public-snapshot';
import { formatSourceDateTime } from '@/lib/i18n/format';
import { INTL_LOCALE, ownLanguage, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { QuoteInParagraph } from './quote-in-paragraph';

// The words carry the stance; the colour only helps the eye tell a denial from the claim.
const STANCE_CLASS: Record<PublicAttribution['stance'], string> = {
  ASSERTS: 'text-stone-900',
  DENIES: 'text-sky-900',
};

export async function AttributionList({ attributions, locale }: { attributions: readonly PublicAttribution[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Verdict' });
  const stance = await getTranslations({ locale, namespace: 'Stance' });
  const kinds = await getTranslations({ locale, namespace: 'SourceKind' });
  return (
    <ol className="space-y-6">
      {attributions.map((attribution) => {
        const { source, article } = attribution;
        const own = ownLanguage(article.language, locale);
        const details = [
          article.publisher,
          article.author,
          article.publishedAt ? formatSourceDateTime(locale, article.publishedAt, article.publishedUtcOffset) : null,
        ].filter(Boolean);
        return (
          <li key={attribution.id} className="space-y-2" data-testid="attribution" data-stance={attribution.stance}>
            <p data-testid="attribution-source">
              {source ? (
                <>
                  <Link href={localePath(locale, `/sources/${source.id}`)} className="font-medium text-sky-800 underline">
                    {source.name}
                  </Link>
                  <span className="text-stone-600"> ({kinds(source.kind).toLocaleLowerCase(INTL_LOCALE[locale])})</span>{' '}
                  <span data-testid="attribution-stance" className={`font-semibold ${STANCE_CLASS[attribution.stance]}`}>
                    {stance(attribution.stance)}
                  </span>
                  :
                </>
              ) : (
                <span data-testid="attribution-stance">{t('noSource', { stance: attribution.stance })}</span>
              )}
            </p>
            <QuoteInParagraph quote={attribution.quote} lang={article.language} />
            <p className="text-sm text-stone-700" data-testid="attribution-article">
              {/* The title links to the article itself: each link says where it goes. */}
              {article.url ? (
                <a href={article.url} rel="nofollow noopener noreferrer" className="font-medium text-sky-800 underline" lang={own}>
                  {article.title}
                </a>
              ) : (
                <span className="font-medium" lang={own}>
                  {article.title}
                </span>
              )}
              {details.map((part) => ` · ${part}`)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
