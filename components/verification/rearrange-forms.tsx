'use client';
// The claim page's two ways to rearrange claims: move one place (attribution) to another claim, or
// merge this claim into another. Each opens on request and names what will happen.
import { useTranslations } from 'next-intl';
import { useActionState, useState, type ReactNode } from 'react';
import { mergeClaimAction, moveAttributionAction } from '@/lib/actions/claim-merge';
import { Button } from '@/components/ui/button';
import { firstError, FormStatus } from '@/components/ui/form-status';
import { ClaimPicker } from './claim-picker';
import { RecordIdInput } from '@/components/ui/record-id-input';

/** A <details> whose content mounts only once opened: the claim picker asks the matcher when it mounts. */
function OnDemand({ summary, className, children }: { summary: string; className: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sky-800">{summary}</summary>
      {open ? children : null}
    </details>
  );
}

interface Props {
  claimId: string;
  version: number;
  /** The words the picker starts from: the claim's statement or the quote. */
  text: string;
}

export function MoveAttributionForm({ attributionId, claimId, version, text }: Props & { attributionId: string }) {
  const t = useTranslations('ClaimPlaces');
  const [state, move, pending] = useActionState(moveAttributionAction, null);
  return (
    <OnDemand className="text-sm" summary={t('move')}>
      <form action={move} className="mt-2 space-y-2 rounded border border-stone-200 p-3">
        <RecordIdInput id={attributionId} />
        <p className="text-xs text-stone-600">{t('moveHint')}</p>
        <input type="hidden" name="version" value={version} />
        <ClaimPicker claimId={claimId} initialText={text} error={firstError(state, 'targetId')} />
        <FormStatus state={state} />
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t('working') : t('moveSubmit')}
        </Button>
      </form>
    </OnDemand>
  );
}

export function MergeClaimForm({ claimId, version, text }: Props) {
  const t = useTranslations('ClaimPlaces');
  // A successful merge redirects to the survivor's page; only a refusal comes back here.
  const [state, merge, pending] = useActionState(mergeClaimAction, null);
  return (
    <OnDemand className="rounded-lg border border-stone-200 bg-white p-4 text-sm" summary={t('merge')}>
      <form action={merge} className="mt-2 space-y-2">
        <RecordIdInput id={claimId} />
        <p className="text-xs text-stone-600">{t('mergeHint')}</p>
        <input type="hidden" name="version" value={version} />
        <ClaimPicker claimId={claimId} initialText={text} error={firstError(state, 'targetId')} />
        <FormStatus state={state} />
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t('working') : t('mergeSubmit')}
        </Button>
      </form>
    </OnDemand>
  );
}
