// Where the claim stands in review, and the steps this user may take from here. The server actions
// enforce every rule again; this only avoids offering buttons that would be refused.
import { useLocale, useTranslations } from 'next-intl';
import type { CurrentUser } from '@/lib/auth/current-user';
import { approveClaimAction, publishAloneAction, sendBackAction, submitForReviewAction, unpublishAction } from '@/lib/actions/review';
import { MIN_REASON_LENGTH, checkApprove, missingForPublication } from '@/lib/claims/workflow';
import type { ClaimPage, ReviewAuthors } from '@/lib/data/claim-page';
import { DeskTime } from '@/components/ui/desk-time';
import { can } from '@/lib/permissions';
import { StepForm } from './step-form';
import { statusLabel } from '@/lib/claims/status';
import { describeNote } from '@/lib/i18n/correction-note';
import { isLocale } from '@/lib/i18n/locales';
import { localiseMissing, localiseWorkflow } from '@/lib/i18n/workflow-text';

interface Props {
  claim: ClaimPage;
  user: CurrentUser;
  reviewAuthors: ReviewAuthors;
}

/** A desk change since approval that readers do not see yet: what it was, and what makes it public. */
function OutOfDate({ reason }: { reason: string | null }) {
  const t = useTranslations('Review');
  const asked = useLocale();
  if (!reason) return null;
  return (
    <div role="note" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950" data-testid="public-out-of-date">
      <p className="font-semibold">{t('outOfDateTitle')}</p>
      <p>{t('outOfDate', { reason: describeNote(isLocale(asked) ? asked : 'en', reason) })}</p>
    </div>
  );
}

function StateLine({ claim }: { claim: ClaimPage }) {
  const t = useTranslations('Review');
  const locale = useLocale();
  if (claim.publication === 'PUBLISHED') {
    return (
      <p data-testid="publication-state">
        {t('published')}
        {claim.publishedAt ? (
          <>
            {' '}
            {t('since')} <DeskTime at={claim.publishedAt} />
          </>
        ) : null}
        {claim.reviewedBy ? t('approvedBy', { name: claim.reviewedBy.name }) : ''}.
      </p>
    );
  }
  if (claim.publication === 'IN_REVIEW') {
    return (
      <>
        <p data-testid="publication-state">{t('inReview')}</p>
        <OutOfDate reason={claim.publicOutOfDate} />
        {claim.publicStatus ? (
          <p className="text-sm text-stone-600" data-testid="public-version">
            {t('readersStillSee', { status: statusLabel(claim.publicStatus, isLocale(locale) ? locale : 'en') })}
          </p>
        ) : null}
      </>
    );
  }
  return <p data-testid="publication-state">{t('draft')}</p>;
}

export function ReviewPanel({ claim, user, reviewAuthors }: Props) {
  const { id, version, publication } = claim;
  const readiness = { status: claim.status, explanation: claim.explanation, evidenceCount: claim.evidence.length };
  const missing = missingForPublication(readiness);
  const approval = checkApprove({ publication, readiness, verdictById: claim.verdictBy?.id ?? null, ...reviewAuthors }, user);
  const adminAlone = can(user.role, 'claim:publish-alone') && publication !== 'PUBLISHED';
  const t = useTranslations('Review');
  const asked = useLocale();
  const locale = isLocale(asked) ? asked : 'en';
  const reasonHint = t('reasonHint', { minimum: MIN_REASON_LENGTH });
  return (
    <section aria-labelledby="review-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="review-heading" className="text-lg font-medium">
        {t('heading')}
      </h2>
      <StateLine claim={claim} />
      {claim.verdictBy ? <p className="text-sm text-stone-600">{t('verdictBy', { name: claim.verdictBy.name })}</p> : null}
      {publication === 'DRAFT' && can(user.role, 'claim:write') ? (
        <>
          {missing.length ? (
            <div id="submit-missing" className="text-sm text-stone-700">
              <p>{t('needsBeforeSubmit')}</p>
              <ul className="list-disc pl-5">
                {missing.map((m) => (
                  <li key={m}>{localiseMissing(locale, m)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <StepForm
            action={submitForReviewAction}
            recordId={id}
            version={version}
            label={t('submit')}
            disabled={missing.length > 0}
            {...(missing.length ? { describedBy: 'submit-missing' } : {})}
          />
        </>
      ) : null}
      {publication === 'IN_REVIEW' && can(user.role, 'claim:review') ? (
        <div className="space-y-2">
          {approval.ok ? (
            <StepForm action={approveClaimAction} recordId={id} version={version} label={t('approve')} />
          ) : (
            <p className="text-sm text-stone-700" data-testid="cannot-approve">
              {localiseWorkflow(locale, approval.message)}
            </p>
          )}
          <StepForm
            action={sendBackAction}
            recordId={id}
            version={version}
            label={t('sendBack')}
            variant="secondary"
            field={{ name: 'comment', label: t('sendBackLabel'), hint: t('sendBackHint') }}
          />
        </div>
      ) : null}
      {adminAlone ? (
        <StepForm
          action={publishAloneAction}
          recordId={id}
          version={version}
          label={t('publishAlone')}
          variant="danger"
          field={{ name: 'reason', label: t('publishAloneLabel'), hint: reasonHint }}
        />
      ) : null}
      {publication === 'PUBLISHED' && can(user.role, 'claim:review') ? (
        <StepForm
          action={unpublishAction}
          recordId={id}
          version={version}
          label={t('unpublish')}
          variant="danger"
          field={{ name: 'reason', label: t('unpublishLabel'), hint: reasonHint }}
        />
      ) : null}
    </section>
  );
}
