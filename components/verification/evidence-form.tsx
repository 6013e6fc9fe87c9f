'use client';
// Adds a piece of evidence, or edits one: address, title, note, and how it bears on the claim.
// Several of these forms share the page, so every control's id carries the form's prefix.
import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { addEvidenceAction, editEvidenceAction } from '@/lib/actions/evidence';
import type { ActionResult } from '@/lib/actions/result';
import { MIN_REASON_LENGTH } from '@/lib/claims/workflow';
import type { ClaimPageEvidence } from '@/lib/data/claim-page';
import type { EvidenceRelation } from '@/lib/generated/prisma/enums';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextArea, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';
import { ConflictLink } from './conflict-link';
import { formVersion } from './form-version';

const RELATIONS: EvidenceRelation[] = ['REFUTES', 'SUPPORTS', 'CONTEXT'];

interface Props {
  claimId: string;
  version: number;
  evidence?: ClaimPageEvidence;
  correcting: boolean;
  onDone?: () => void;
}

export function EvidenceForm({ claimId, version, evidence, correcting, onDone }: Props) {
  const [state, submit, pending] = useActionState<ActionResult | null, FormData>(evidence ? editEvidenceAction : addEvidenceAction, null);
  const t = useTranslations('Verification');
  const relationText = useTranslations('Evidence');
  const prefix = evidence ? `evidence-${evidence.id}` : 'evidence-new';
  const error = (field: string) => firstError(state, field);
  const control = (field: string, options: { hint?: boolean } = {}) => ({
    ...fieldAria(`${prefix}-${field}`, error(field), options),
    name: field,
  });
  const kept = (field: string, fallback: string) => keptValue(state, field) ?? fallback;
  const relation = kept('relation', evidence?.relation ?? 'REFUTES');

  useEffect(() => {
    if (state?.ok && onDone) onDone();
  }, [state, onDone]);

  return (
    <form action={submit} className="space-y-3" aria-label={evidence ? t('editEvidenceOf', { title: evidence.title }) : t('addEvidence')}>
      <FormStatus state={state} />
      <ConflictLink claimId={claimId} state={state} version={version} />
      <RecordIdInput id={claimId} />
      <input type="hidden" name="version" value={formVersion(state, version)} />
      {evidence ? <input type="hidden" name="evidenceId" value={evidence.id} /> : null}
      <Field id={`${prefix}-url`} label={t('webAddress')} error={error('url')}>
        <TextInput {...control('url')} type="url" inputMode="url" placeholder="https://" defaultValue={kept('url', evidence?.url ?? '')} />
      </Field>
      <Field id={`${prefix}-title`} label={t('evidenceTitle')} error={error('title')}>
        <TextInput {...control('title')} defaultValue={kept('title', evidence?.title ?? '')} />
      </Field>
      <Field id={`${prefix}-note`} label={t('note')} error={error('note')}>
        <TextArea {...control('note')} rows={2} defaultValue={kept('note', evidence?.note ?? '')} />
      </Field>
      <fieldset className="space-y-1" aria-describedby={`${prefix}-relation-error`}>
        <legend className="text-sm font-medium">{t('bearing')}</legend>
        {RELATIONS.map((value) => (
          <label key={value} className="mr-4 inline-flex items-center gap-1 text-sm">
            <input type="radio" name="relation" value={value} defaultChecked={relation === value} /> {relationText(value)}
          </label>
        ))}
        <p id={`${prefix}-relation-error`} aria-live="polite" className="text-sm text-red-700">
          {error('relation')}
        </p>
      </fieldset>
      {correcting ? (
        <Field
          id={`${prefix}-correction`}
          label={t('evidenceCorrection')}
          error={error('correction')}
          hint={t('correctionHint', { minimum: MIN_REASON_LENGTH })}
        >
          <TextArea {...control('correction', { hint: true })} rows={2} defaultValue={kept('correction', '')} required />
        </Field>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : evidence ? t('saveEvidence') : t('addEvidence')}
        </Button>
        {onDone ? (
          <Button type="button" variant="ghost" onClick={onDone}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
