'use client';
// The two ways to resolve a "source changed" item: "no effect on the verdict" with a required
// reason, or "open a correction" (recorded, then the claim page's correction form opens).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { openSourceChangeCorrectionAction, resolveSourceChangeNoEffectAction } from '@/lib/actions/source-changes';
import type { ActionResult } from '@/lib/actions/result';
import { MIN_REASON_LENGTH } from '@/lib/claims/workflow';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextArea } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

export function ResolveSourceChangeForms({ changeId }: { changeId: string }) {
  const t = useTranslations('SourceChanges');
  const common = useTranslations('DeskCommon');
  const [noEffect, submitNoEffect, savingNoEffect] = useActionState<ActionResult | null, FormData>(resolveSourceChangeNoEffectAction, null);
  const [correction, submitCorrection, opening] = useActionState<ActionResult | null, FormData>(openSourceChangeCorrectionAction, null);
  const id = `source-change-${changeId}-reason`;
  const error = firstError(noEffect, 'reason');
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
      <form action={submitNoEffect} className="space-y-2" aria-label={t('noEffect')}>
        <RecordIdInput id={changeId} />
        <FormStatus state={noEffect} />
        <Field id={id} label={t('reason')} hint={t('reasonHint', { minimum: MIN_REASON_LENGTH })} error={error}>
          <TextArea
            {...fieldAria(id, error, { hint: true })}
            name="reason"
            rows={2}
            required
            defaultValue={keptValue(noEffect, 'reason') ?? ''}
          />
        </Field>
        <Button type="submit" variant="secondary" disabled={savingNoEffect}>
          {savingNoEffect ? common('working') : t('noEffect')}
        </Button>
      </form>
      <form action={submitCorrection} className="space-y-2" aria-label={t('openCorrection')}>
        <RecordIdInput id={changeId} />
        <FormStatus state={correction} />
        <p id={`${id}-correction-hint`} className="max-w-56 text-xs text-stone-500">
          {t('openCorrectionHint')}
        </p>
        <Button type="submit" disabled={opening} aria-describedby={`${id}-correction-hint`}>
          {opening ? common('working') : t('openCorrection')}
        </Button>
      </form>
    </div>
  );
}
