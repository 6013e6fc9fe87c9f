import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteText } from '@/components/site/site-text';
import { getSiteTexts } from '@/lib/data/site-settings';
import { languageAlternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/locales';
import { getPublicSite } from '@/lib/public-site';

export const revalidate = 3600;

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : 'en', namespace: 'About' });
  return { title: t('title'), alternates: { languages: languageAlternates(getPublicSite().baseUrl, '/about') } };
}

export default async function AboutPage({ params }: { params: Params }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'About' });
  const texts = await getSiteTexts();
  const organization = getPublicSite().organization;
  return (
    <article className="space-y-8">
      <h1 className="font-serif text-3xl font-semibold">{t('title')}</h1>
      <section aria-labelledby="who-we-are" className="space-y-3">
        <h2 id="who-we-are" className="text-xl font-semibold">
          {organization.name}
        </h2>
        <SiteText text={texts.about} testId="about-text" />
      </section>
      {texts.contactEmail ? (
        <section aria-labelledby="contact" className="space-y-2">
          <h2 id="contact" className="text-xl font-semibold">
            {t('contact')}
          </h2>
          <p>
            <a href={`mailto:${texts.contactEmail}`} className="text-sky-800 underline" data-testid="contact-email">
              {texts.contactEmail}
            </a>
          </p>
        </section>
      ) : null}
      {texts.ownership ? (
        <section aria-labelledby="ownership" className="space-y-2">
          <h2 id="ownership" className="text-xl font-semibold">
            {t('ownership')}
          </h2>
          <SiteText text={texts.ownership} testId="ownership-text" />
        </section>
      ) : null}
      {texts.funding ? (
        <section aria-labelledby="funding" className="space-y-2">
          <h2 id="funding" className="text-xl font-semibold">
            {t('funding')}
          </h2>
          <SiteText text={texts.funding} testId="funding-text" />
        </section>
      ) : null}
    </article>
  );
}
