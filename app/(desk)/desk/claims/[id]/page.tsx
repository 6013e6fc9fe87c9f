import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CommentThread } from '@/components/comments/comment-thread';
import { Alert } from '@/components/ui/alert';
import { StatusBadge } from '@/components/ui/status-badge';
import { AssignForm } from '@/components/verification/assign-form';
import { ClaimContext } from '@/components/verification/claim-context';
import { CorrectionsList } from '@/components/verification/corrections-list';
import { EvidenceSection } from '@/components/verification/evidence-section';
import { HistoryTimeline } from '@/components/verification/history-timeline';
import { MergeClaimForm, MoveAttributionForm } from '@/components/verification/rearrange-forms';
import { ReviewPanel } from '@/components/verification/review-panel';
import { VerificationSection } from '@/components/verification/verification-section';
import { guardPage } from '@/lib/auth/guard';
import { editMode } from '@/lib/claims/workflow';
import { getClaimComments, listMentionableUsers } from '@/lib/data/comments';
import { getClaimPage, getReviewAuthors, listAssignableEditors } from '@/lib/data/claim-page';
import { can } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DeskClaims'))('claimTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClaimPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  // Set by the merge action's redirect: this claim just took another one in.
  const asked = await searchParams;
  const justMerged = asked.merged === '1';
  // Set by "Open a correction" on the desk home's sources-changed queue: open the correction form.
  const fromSourceChange = typeof asked.correct === 'string';
  const user = await guardPage('desk:read', `/desk/claims/${encodeURIComponent(id)}`);
  const claim = await getClaimPage(id);
  if (!claim) notFound();
  const canWrite = can(user.role, 'claim:write');
  const canComment = can(user.role, 'claim:comment');
  const [editors, reviewAuthors, t, publicationName, comments, people] = await Promise.all([
    canWrite ? listAssignableEditors() : [],
    getReviewAuthors(claim.id),
    getTranslations('DeskClaims'),
    getTranslations('Publication'),
    getClaimComments(claim.id),
    canComment ? listMentionableUsers() : null,
  ]);
  const actions = await getTranslations('ClaimActions');
  const sourceChanges = await getTranslations('SourceChanges');
  const mode = editMode(claim.publication);
  const firstArticle = claim.attributions[0]?.article;
  return (
    <div className="space-y-6">
      {firstArticle ? (
        <nav aria-label={t('breadcrumb')} className="text-sm">
          <Link href={`/desk/articles/${firstArticle.id}`} className="text-sky-800 hover:underline">
            ← {firstArticle.title}
          </Link>
        </nav>
      ) : null}
      {justMerged ? <Alert tone="success">{actions('merged')}</Alert> : null}
      {fromSourceChange ? <Alert tone="info">{sourceChanges('correctionFromSource')}</Alert> : null}
      <header className="space-y-2">
        <h1 className="font-serif text-2xl font-semibold">{claim.summary}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
          <StatusBadge status={claim.status} />
          <span className="rounded border border-stone-300 px-2 py-0.5 text-xs font-medium" data-testid="publication-badge">
            {publicationName(claim.publication)}
          </span>
          <span>{claim.assignee ? t('assignedHeader', { name: claim.assignee.name }) : t('unassigned')}</span>
          <span>· {t('version', { version: claim.version })}</span>
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <ClaimContext
            claim={claim}
            actions={
              canWrite
                ? (attribution) => (
                    <MoveAttributionForm
                      attributionId={attribution.id}
                      claimId={claim.id}
                      version={claim.version}
                      text={attribution.quoteText}
                    />
                  )
                : undefined
            }
          />
          <VerificationSection claim={claim} canWrite={canWrite} mode={mode} openForm={fromSourceChange} />
          <EvidenceSection claimId={claim.id} version={claim.version} evidence={claim.evidence} canWrite={canWrite} mode={mode} />
          <CorrectionsList corrections={claim.corrections} />
          <CommentThread claimId={claim.id} comments={comments} viewerId={user.id} people={people} />
        </div>
        <aside className="space-y-6">
          <ReviewPanel claim={claim} user={user} reviewAuthors={reviewAuthors} />
          {canWrite ? (
            <section aria-labelledby="assign-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
              <h2 id="assign-heading" className="text-lg font-medium">
                {t('assignment')}
              </h2>
              <AssignForm claimId={claim.id} version={claim.version} assigneeId={claim.assignee?.id ?? null} editors={editors} />
            </section>
          ) : null}
          {canWrite ? <MergeClaimForm claimId={claim.id} version={claim.version} text={claim.summary} /> : null}
          <HistoryTimeline events={claim.events} />
        </aside>
      </div>
    </div>
  );
}
