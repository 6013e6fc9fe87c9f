'use client';
// Status and explanation, saved together with the version the editor loaded. A refused save (stale
// version, bad input) keeps everything typed; on a published claim it asks why (the correction note).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveVerificationAction } from '@/lib/actions/verification';
import type { ActionResult } from '@/lib/actions/result';
import { MAX_EXPLANATION_LENGTH } from '@/lib/claims/explanation';
import { MIN_REASON_LENGTH, type EditMode } from '@/lib/claims/workflow';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, TextArea } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { ConflictLink } from './conflict-link';
import { formVersion } from './form-version';
import { StatusOptions } from './status-options';
import { RecordIdInput } from '@/components/ui/record-id-input';

interface Props {
  claimId: string;
  version: number;
  status: ClaimStatus;
  explanation: string;
  mode: EditMode;
}

export function VerificationForm({ claimId, version, status, explanation, mode }: Props) {
  const [state, save, pending] = useActionState<ActionResult | null, FormData>(saveVerificationAction, null);
  const error = (field: string) => firstError(state, field);
  const t = useTranslations('Verification');
  return (
    <form action={save} className="space-y-4" aria-label={t('verdictHeading')}>
      <RecordIdInput id={claimId} />
      <FormStatus state={state} />
      <ConflictLink claimId={claimId} state={state} version={version} />
      {mode === 'frozen' ? <p className="text-sm text-stone-600">{t('frozen')}</p> : null}
      <input type="hidden" name="version" value={formVersion(state, version)} />
      <fieldset disabled={mode === 'frozen'} className="space-y-4">
        <Field id="status" label={t('status')} error={error('status')}>
          {/* Keyed by its default: React leaves a mounted select's default alone, and the form reset after a refused save would revert it. */}
          <Select
            key={keptValue(state, 'status') ?? status}
            {...fieldAria('status', error('status'))}
            defaultValue={keptValue(state, 'status') ?? status}
            className="max-w-sm"
          >
            <StatusOptions />
          </Select>
        </Field>
        <Field
          id="explanation"
          label={t('explanation')}
          error={error('explanation')}
          hint={t('explanationHint', { maximum: MAX_EXPLANATION_LENGTH })}
        >
          <TextArea
            {...fieldAria('explanation', error('explanation'), { hint: true })}
            rows={8}
            defaultValue={keptValue(state, 'explanation') ?? explanation}
          />
        </Field>
        {mode === 'correction' ? (
          <Field
            id="correction"
            label={t('verdictCorrection')}
            error={error('correction')}
            hint={t('correctionHint', { minimum: MIN_REASON_LENGTH })}
          >
            <TextArea
              {...fieldAria('correction', error('correction'), { hint: true })}
              rows={2}
              defaultValue={keptValue(state, 'correction') ?? ''}
              required
            />
          </Field>
        ) : null}
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : mode === 'correction' ? t('saveCorrection') : t('saveVerdict')}
        </Button>
      </fieldset>
    </form>
  );
}
