// The social card: claim, source and verdict badge, so a shared link shows the verdict at a glance.
import { ImageResponse } from 'next/og';
import { cardText } from '@/lib/claims/card-text';
import { pageLocale } from '@/lib/claims/published-claim';
import { CLAIM_STATUSES } from '@/lib/claims/status';
import { getPublishedClaim } from '@/lib/data/published-claims';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'The verdict on this claim';
export const revalidate = 3600;

// Badge colours mirror the Tailwind classes of the status dictionary (the image has no CSS).
const BADGE: Record<string, string> = {
  TRUE: '#047857',
  PARTLY_TRUE: '#4d7c0f',
  UNPROVEN: '#d97706',
  MISLEADING: '#c2410c',
  FALSE: '#b91c1c',
};

export default async function OpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const claim = await getPublishedClaim(id);
  const locale = claim ? pageLocale(claim.article.language) : 'en';
  const label = claim ? CLAIM_STATUSES[claim.status].label[locale] : 'ClaimDesk';
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
      <div style={{ display: 'flex', fontSize: 30, color: '#57534e' }}>ClaimDesk · fact check</div>
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
          {claim ? cardText(claim.summary, 140) : 'Fact checks from the news'}
        </div>
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#44403c' }}>{claim?.source ? cardText(claim.source.name, 80) : ''}</div>
    </div>,
    { ...size, emoji: 'twemoji' },
  );
}
