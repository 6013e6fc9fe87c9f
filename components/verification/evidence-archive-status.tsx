'use client';
// Where the copy of a cited page stands (queued, archived on a date, failed and why, too large),
// with "capture again" for editors.
import { useFormatter, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { refreshEvidenceArchiveAction } from '@/lib/actions/evidence-archive';
import type { ActionResult } from '@/lib/actions/result';
import type { ClaimPageEvidence } from '@/lib/data/claim-page';
import { failureMessageValues, parseFailure } from '@/lib/evidence-archive/failure-reason';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

export function EvidenceArchiveStatus({ claimId, evidence, canEdit }: { claimId: string; evidence: ClaimPageEvidence; canEdit: boolean }) {
  const t = useTranslations('EvidenceArchive');
  const format = useFormatter();
  const [state, refresh, pending] = useActionState<ActionResult | null, FormData>(refreshEvidenceArchiveAction, null);
  const copy = evidence.archiveCapture;
  // A reason code in the editor's language; a reason stored before the codes, as it was written.
  const failure = evidence.archiveError ? parseFailure(evidence.archiveError) : null;
  const reason = failure ? t(`failure.${failure.code}`, failureMessageValues(failure)) : (evidence.archiveError ?? '');
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-600" data-testid="archive-status">
      <span data-state={evidence.archiveState}>
        {t(`state.${evidence.archiveState}`, { reason })}
        {copy ? (
          <>
            {' '}
            <a href={`/archive/${copy.id}`} target="_blank" rel="noopener" className="text-sky-800 underline">
              {t('copyOf', { date: format.dateTime(copy.capturedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) })}
            </a>
            {copy.waybackUrl ? (
              <>
                {' · '}
                <a href={copy.waybackUrl} target="_blank" rel="noopener noreferrer" className="text-sky-800 underline">
                  {t('waybackCopy')}
                </a>
              </>
            ) : null}
          </>
        ) : null}
      </span>
      {canEdit ? (
        <form action={refresh}>
          <RecordIdInput id={claimId} />
          <input type="hidden" name="evidenceId" value={evidence.id} />
          <Button
            type="submit"
            variant="ghost"
            className="px-2 py-0.5 text-xs"
            disabled={pending}
            aria-label={t('refreshOf', { title: evidence.title })}
          >
            {t('refresh')}
          </Button>
        </form>
      ) : null}
      <FormStatus state={state} />
    </div>
  );
}
