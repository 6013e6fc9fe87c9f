// An archived copy of a cited page. Readers may open the copy of evidence on a published verdict;
// signed-in desk users any copy. Served with ARCHIVE_POLICY (no script, opaque origin), never with a
// cookie, and PDFs as downloads. `?lang=en|id` chooses the banner's language.
import { authorize } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { ARCHIVE_POLICY, withBanner } from '@/lib/evidence-archive/archived-copy';
import { decodePage, kindOfContent } from '@/lib/evidence-archive/readable-text';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/localise';

const HEADERS = {
  'Content-Security-Policy': ARCHIVE_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, max-age=300',
  'Referrer-Policy': 'no-referrer',
};

function notFound(): Response {
  return new Response('No archived copy here.', { status: 404, headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function readable(captureId: string) {
  if (!/^[a-z0-9]{10,40}$/.test(captureId)) return null;
  const capture = await db.evidenceCapture.findUnique({
    where: { id: captureId },
    select: {
      url: true,
      body: true,
      contentType: true,
      capturedAt: true,
      evidence: { select: { id: true, claim: { select: { publicSnapshot: true, deletedAt: true } } } },
    },
  });
  if (!capture?.body) return null;
  const snapshot = capture.evidence.claim.publicSnapshot as { evidence?: { id?: string; url?: string }[] } | null;
  const published =
    !capture.evidence.claim.deletedAt && snapshot?.evidence?.some((item) => item.id === capture.evidence.id && item.url === capture.url);
  if (!published && !(await authorize('desk:read')).ok) return null;
  return capture;
}

export async function GET(request: Request, { params }: { params: Promise<{ captureId: string }> }) {
  const capture = await readable((await params).captureId);
  if (!capture) return notFound();
  const body = Buffer.from(capture.body!);
  if (kindOfContent(capture.contentType, body) === 'pdf') {
    return new Response(body, {
      headers: { ...HEADERS, 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="archived-copy.pdf"' },
    });
  }
  const asked = new URL(request.url).searchParams.get('lang');
  const locale: Locale = LOCALES.find((item) => item === asked) ?? getEnv().DEFAULT_LOCALE;
  const t = translatorFor(locale);
  const date = capture.capturedAt.toISOString().slice(0, 16).replace('T', ' ');
  const banner = {
    title: t('EvidenceArchive.bannerTitle', { organisation: getEnv().ORGANIZATION_NAME }),
    body: t('EvidenceArchive.bannerBody', { url: capture.url, date }),
  };
  const page = withBanner(decodePage(capture.contentType, body), banner);
  return new Response(page, { headers: { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8' } });
}
