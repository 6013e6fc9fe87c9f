import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VerdictBadge } from '@/components/public/verdict-badge';
import { SiteText } from '@/components/site/site-text';
import { BEST_RATING, WORST_RATING } from '@/lib/claims/status';
import { VERDICT_SCALE, scaleAnchor } from '@/lib/claims/verdict-scale';
import { getSiteTexts } from '@/lib/data/site-settings';
import { languageAlternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/locales';
import { getPublicSite } from '@/lib/public-site';

// Cached like the other reader pages; a settings save expires it (tag site-settings).
export const revalidate = 3600;

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'en', namespace: 'Methodology' });
  return { title: t('title'), alternates: { languages: languageAlternates(getPublicSite().baseUrl, '/methodology') } };
}

export default async function MethodologyPage({ params }: { params: Params }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Methodology' });
  const texts = await getSiteTexts();
  return (
    <article className="space-y-8">
      <h1 className="font-serif text-3xl font-semibold">{t('title')}</h1>
      <SiteText text={texts.methodology} testId="methodology-text" />
      <section aria-labelledby="evidence" className="space-y-2">
        <h2 id="evidence" className="text-xl font-semibold">
          {t('evidenceTitle')}
        </h2>
        <p className="text-stone-800">{t('evidence')}</p>
      </section>
      <section aria-labelledby="rating-scale" className="space-y-3">
        <h2 id="rating-scale" className="text-xl font-semibold">
          {t('scaleTitle')}
        </h2>
        <p className="text-stone-700">{t('scaleIntro', { best: BEST_RATING, worst: WORST_RATING })}</p>
        <dl className="space-y-4" data-testid="verdict-scale">
          {VERDICT_SCALE.map(({ status, rating }) => (
            <div key={status} id={scaleAnchor(status)} className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4">
              <dt className="flex flex-wrap items-center gap-3">
                <VerdictBadge status={status} locale={locale} />
                <span className="text-sm font-medium text-stone-700" data-testid={`rating-${status}`}>
                  {t('rating', { rating, best: BEST_RATING })}
                </span>
              </dt>
              <dd className="mt-2 text-stone-800">{t(`definition.${status}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-stone-600">{t('notCheckable')}</p>
      </section>
      <section aria-labelledby="two-editors" className="space-y-2">
        <h2 id="two-editors" className="text-xl font-semibold">
          {t('twoEditorsTitle')}
        </h2>
        <p className="text-stone-800">{t('twoEditors')}</p>
      </section>
      <section aria-labelledby="claimreview" className="space-y-2">
        <h2 id="claimreview" className="text-xl font-semibold">
          {t('markupTitle')}
        </h2>
        <p className="text-stone-800">{t('markup', { best: BEST_RATING, worst: WORST_RATING })}</p>
      </section>
    </article>
  );
}
