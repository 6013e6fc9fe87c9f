import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteText } from '@/components/site/site-text';
import { verdictPath } from '@/lib/claims/slug';
import { getPublicCorrections } from '@/lib/data/public-lists';
import { getSiteTexts } from '@/lib/data/site-settings';
import { languageAlternates } from '@/lib/i18n/alternates';
import { formatDay } from '@/lib/i18n/format';
import { isLocale, ownLanguage } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { getPublicSite } from '@/lib/public-site';

// Cached; every publish, correction and unpublish expires it (the index's tag), settings saves too.
export const revalidate = 3600;

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'en', namespace: 'Corrections' });
  return { title: t('title'), alternates: { languages: languageAlternates(getPublicSite().baseUrl, '/corrections') } };
}

export default async function CorrectionsPage({ params }: { params: Params }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Corrections' });
  const [texts, corrections] = await Promise.all([getSiteTexts(), getPublicCorrections()]);
  return (
    <article className="space-y-8">
      <h1 className="font-serif text-3xl font-semibold">{t('title')}</h1>
      <section aria-labelledby="policy" className="space-y-3">
        <h2 id="policy" className="text-xl font-semibold">
          {t('policyTitle')}
        </h2>
        <SiteText text={texts.correctionsPolicy} testId="corrections-policy" />
      </section>
      <section aria-labelledby="all-corrections" className="space-y-3">
        <h2 id="all-corrections" className="text-xl font-semibold">
          {t('listTitle')}
        </h2>
        {corrections.length === 0 ? (
          <p className="text-stone-600">{t('none')}</p>
        ) : (
          <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="corrections-list">
            {corrections.map((correction) => {
              const own = ownLanguage(correction.language, locale);
              return (
                <li key={correction.id} className="space-y-1 p-4">
                  <p className="text-sm text-stone-600">
                    <time dateTime={correction.at.toISOString()}>{formatDay(locale, correction.at)}</time>
                  </p>
                  <Link
                    href={localePath(locale, verdictPath({ id: correction.claimId, summary: correction.summary }))}
                    className="font-medium text-sky-800 underline"
                    lang={own}
                  >
                    {correction.summary}
                  </Link>
                  <p className="text-sm text-stone-800">
                    <span lang={ownLanguage('en', locale)}>{correction.what}</span> — <span lang={own}>{correction.why}</span>
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </article>
  );
}
