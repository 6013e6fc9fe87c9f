// Where the claim stands in review, and the steps this user may take from here. The server actions
// enforce every rule again; this only avoids offering buttons that would be refused.
import type { CurrentUser } from '@/lib/auth/current-user';
import { approveClaimAction, publishAloneAction, sendBackAction, submitForReviewAction, unpublishAction } from '@/lib/actions/review';
import { MIN_REASON_LENGTH, checkApprove, missingForPublication } from '@/lib/claims/workflow';
import type { ClaimPage } from '@/lib/data/claim-page';
import { formatDeskDate } from '@/lib/format-date';
import { can } from '@/lib/permissions';
import { StepForm } from './step-form';
import { statusLabel } from '@/lib/claims/status';

const REASON_HINT = `Recorded in the history. At least ${MIN_REASON_LENGTH} characters.`;

interface Props {
  claim: ClaimPage;
  user: CurrentUser;
  submittedById: string | null;
}

/** A desk change since approval that readers do not see yet: what it was, and what makes it public. */
function OutOfDate({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return (
    <div role="note" className="rounded border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950" data-testid="public-out-of-date">
      <p className="font-semibold">Public page out of date</p>
      <p>
        Changed on the desk since this verdict was approved: {reason}. Readers keep seeing the approved version until a second editor
        approves this correction.
      </p>
    </div>
  );
}

function StateLine({ claim }: { claim: ClaimPage }) {
  if (claim.publication === 'PUBLISHED') {
    return (
      <p data-testid="publication-state">
        Published{claim.publishedAt ? ` since ${formatDeskDate(claim.publishedAt)}` : ''}
        {claim.reviewedBy ? `, approved by ${claim.reviewedBy.name}` : ''}.
      </p>
    );
  }
  if (claim.publication === 'IN_REVIEW') {
    return (
      <>
        <p data-testid="publication-state">In review: waiting for a second editor.</p>
        <OutOfDate reason={claim.publicOutOfDate} />
        {claim.publicStatus ? (
          <p className="text-sm text-stone-600" data-testid="public-version">
            Readers still see the last approved verdict ({statusLabel(claim.publicStatus)}) until this correction is approved.
          </p>
        ) : null}
      </>
    );
  }
  return <p data-testid="publication-state">Draft: only the desk sees it.</p>;
}

export function ReviewPanel({ claim, user, submittedById }: Props) {
  const { id, version, publication } = claim;
  const readiness = { status: claim.status, explanation: claim.explanation, evidenceCount: claim.evidence.length };
  const missing = missingForPublication(readiness);
  const approval = checkApprove({ publication, readiness, verdictById: claim.verdictBy?.id ?? null, submittedById }, user);
  const adminAlone = can(user.role, 'claim:publish-alone') && publication !== 'PUBLISHED';
  return (
    <section aria-labelledby="review-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="review-heading" className="text-lg font-medium">
        Review and publication
      </h2>
      <StateLine claim={claim} />
      {claim.verdictBy ? <p className="text-sm text-stone-600">Verdict set by {claim.verdictBy.name}.</p> : null}
      {publication === 'DRAFT' && can(user.role, 'claim:write') ? (
        <>
          {missing.length ? (
            <div id="submit-missing" className="text-sm text-stone-700">
              <p>Before it can be submitted, it needs:</p>
              <ul className="list-disc pl-5">
                {missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <StepForm
            action={submitForReviewAction.bind(null, id)}
            version={version}
            label="Submit for review"
            disabled={missing.length > 0}
            {...(missing.length ? { describedBy: 'submit-missing' } : {})}
          />
        </>
      ) : null}
      {publication === 'IN_REVIEW' && can(user.role, 'claim:review') ? (
        <div className="space-y-2">
          {approval.ok ? (
            <StepForm action={approveClaimAction.bind(null, id)} version={version} label="Approve and publish" />
          ) : (
            <p className="text-sm text-stone-700" data-testid="cannot-approve">
              {approval.message}
            </p>
          )}
          <StepForm
            action={sendBackAction.bind(null, id)}
            version={version}
            label="Send back"
            variant="secondary"
            field={{ name: 'comment', label: 'What needs to change?', hint: 'The editor sees this comment in the history.' }}
          />
        </div>
      ) : null}
      {adminAlone ? (
        <StepForm
          action={publishAloneAction.bind(null, id)}
          version={version}
          label="Publish alone"
          variant="danger"
          field={{ name: 'reason', label: 'Why publish without a second editor?', hint: REASON_HINT }}
        />
      ) : null}
      {publication === 'PUBLISHED' && can(user.role, 'claim:review') ? (
        <StepForm
          action={unpublishAction.bind(null, id)}
          version={version}
          label="Unpublish"
          variant="danger"
          field={{ name: 'reason', label: 'Why take it off the public site?', hint: REASON_HINT }}
        />
      ) : null}
    </section>
  );
}
