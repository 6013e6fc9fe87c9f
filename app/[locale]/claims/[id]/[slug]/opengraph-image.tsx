// The social card: claim, who made it and verdict badge, so a shared link shows the verdict at a glance.
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import { cardText } from '@/lib/claims/card-text';
import { leadAttribution } from '@/lib/claims/public-attributions';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { isLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export function generateImageMetadata({ params }: { params: { locale: string } }) {
  const locale = isLocale(params.locale) ? params.locale : 'en';
  return [{ id: 'card', alt: MESSAGES[locale].SocialCard.alt, size, contentType }];
}
export const revalidate = 3600;

// Badge colours mirror the Tailwind classes of the status dictionary (the image has no CSS).
const BADGE: Record<string, string> = {
  TRUE: '#047857',
  PARTLY_TRUE: '#4d7c0f',
  UNPROVEN: '#d97706',
  MISLEADING: '#c2410c',
  FALSE: '#b91c1c',
};

// In the page's language: the verdict label and the card's own words; the claim keeps its words.
export default async function OpenGraphImage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: asked, id } = await params;
  const locale = isLocale(asked) ? asked : 'en';
  const t = await getTranslations({ locale, namespace: 'SocialCard' });
  const status = await getTranslations({ locale, namespace: 'Status' });
  const claim = await getPublishedClaim(id);
  const stance = await getTranslations({ locale, namespace: 'Stance' });
  const label = claim ? status(claim.status) : 'ClaimDesk';
  // Who made the claim; a denial says so, so the card never passes a denier off as its author.
  const lead = claim ? leadAttribution(claim.attributions) : undefined;
  const byline = lead?.source ? cardText(lead.stance === 'ASSERTS' ? lead.source.name : `${lead.source.name} ${stance('DENIES')}`, 80) : '';
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: '#fafaf9',
        padding: 64,
        color: '#1c1917',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#57534e' }}>{t('tagline')}</div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <div style={{ display: 'flex' }}>
          <div
            style={{
              display: 'flex',
              background: claim ? (BADGE[claim.status] ?? '#44403c') : '#44403c',
              color: 'white',
              fontSize: 48,
              fontWeight: 700,
              padding: '8px 28px',
              borderRadius: 12,
            }}
          >
            {label}
          </div>
        </div>
        <div style={{ display: 'flex', fontSize: 52, lineHeight: 1.2, fontWeight: 600 }}>
          {claim ? cardText(claim.summary, 140) : t('fallback')}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#44403c' }}>{byline}</div>
    </div>,
    { ...size, emoji: 'twemoji' },
  );
}
