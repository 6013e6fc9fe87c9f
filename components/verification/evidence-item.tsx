'use client';
// One piece of evidence: its link, relation and note; editors can edit it in place or remove it
// (after confirming; on a published claim, with the reason for the correction).
import { useTranslations } from 'next-intl';
import { useActionState, useCallback, useState } from 'react';
import { removeEvidenceAction } from '@/lib/actions/evidence';
import type { ActionResult } from '@/lib/actions/result';
import { isSafeHttpUrl } from '@/lib/claims/explanation';
import type { ClaimPageEvidence } from '@/lib/data/claim-page';
import { Button } from '@/components/ui/button';
import { Field, TextArea } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { EvidenceArchiveStatus } from './evidence-archive-status';
import { EvidenceForm } from './evidence-form';
import { formVersion } from './form-version';
import { RelationBadge } from './relation-badge';
import { RecordIdInput } from '@/components/ui/record-id-input';

interface Props {
  claimId: string;
  version: number;
  evidence: ClaimPageEvidence;
  canEdit: boolean;
  correcting: boolean;
}

function RemoveEvidence({ claimId, version, evidence, correcting, onCancel }: Omit<Props, 'canEdit'> & { onCancel: () => void }) {
  const [state, remove, pending] = useActionState<ActionResult | null, FormData>(removeEvidenceAction, null);
  const id = `evidence-${evidence.id}-remove-correction`;
  const t = useTranslations('Verification');
  return (
    <form action={remove} className="mt-2 space-y-2" aria-label={t('removeEvidenceOf', { title: evidence.title })}>
      <RecordIdInput id={claimId} />
      <FormStatus state={state} />
      <input type="hidden" name="version" value={formVersion(state, version)} />
      <input type="hidden" name="evidenceId" value={evidence.id} />
      {correcting ? (
        <Field id={id} label={t('removeCorrection')} error={firstError(state, 'correction')}>
          <TextArea id={id} name="correction" rows={2} required defaultValue={keptValue(state, 'correction') ?? ''} />
        </Field>
      ) : (
        <p className="text-sm">{t('removeConfirm')}</p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t('removing') : t('yesRemove')}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

export function EvidenceItem({ claimId, version, evidence, canEdit, correcting }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const close = useCallback(() => setMode('view'), []);
  const t = useTranslations('Verification');
  if (mode === 'edit')
    return <EvidenceForm claimId={claimId} version={version} evidence={evidence} correcting={correcting} onDone={close} />;
  return (
    <div>
      <div className="flex flex-wrap items-baseline gap-2">
        <RelationBadge relation={evidence.relation} />
        {/* Only http(s) addresses are ever linked, whatever path a row took into the database. */}
        {isSafeHttpUrl(evidence.url) ? (
          <a
            href={evidence.url}
            rel="nofollow noopener noreferrer"
            target="_blank"
            className="font-medium break-all text-sky-800 hover:underline"
          >
            {evidence.title}
          </a>
        ) : (
          <span className="font-medium">{evidence.title}</span>
        )}
      </div>
      <p className="mt-0.5 text-xs break-all text-stone-500">
        {evidence.url} · {t('addedBy', { name: evidence.addedBy.name })}
      </p>
      <EvidenceArchiveStatus claimId={claimId} evidence={evidence} canEdit={canEdit} />
      {evidence.note ? <p className="mt-1 text-sm whitespace-pre-line text-stone-700">{evidence.note}</p> : null}
      {canEdit && mode === 'view' ? (
        <div className="mt-1 flex gap-1">
          <Button
            type="button"
            variant="ghost"
            className="px-2 py-1"
            onClick={() => setMode('edit')}
            aria-label={t('editEvidenceOf', { title: evidence.title })}
          >
            {t('edit')}
          </Button>
          <Button
            type="button"
            variant="ghost"
            className="px-2 py-1"
            onClick={() => setMode('remove')}
            aria-label={t('removeEvidenceOf', { title: evidence.title })}
          >
            {t('remove')}
          </Button>
        </div>
      ) : null}
      {mode === 'remove' ? (
        <RemoveEvidence claimId={claimId} version={version} evidence={evidence} correcting={correcting} onCancel={close} />
      ) : null}
    </div>
  );
}
