'use client';
// Merging deletes this source, so the form asks for an explicit, keyboard-reachable confirmation.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { mergeSourceAction } from '@/lib/actions/sources';
import type { MergeTarget } from '@/lib/data/sources';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

interface Props {
  source: { id: string; name: string; claimCount: number };
  targets: readonly MergeTarget[];
}

export function MergeSourceForm({ source, targets }: Props) {
  const [state, action, pending] = useActionState(mergeSourceAction, null);
  const t = useTranslations('SourceForms');
  if (targets.length === 0) return <p className="text-sm text-stone-600">{t('noMergeTarget')}</p>;
  const target = keptValue(state, 'targetId') ?? '';
  const confirmError = firstError(state, 'confirm');
  return (
    <form action={action} className="space-y-4">
      <RecordIdInput id={source.id} />
      <FormStatus state={state} />
      <Field id="targetId" label={t('mergeInto', { name: source.name })} error={firstError(state, 'targetId')}>
        <Select {...fieldAria('targetId', firstError(state, 'targetId'))} required defaultValue={target} key={target}>
          <option value="" disabled>
            {t('chooseSource')}
          </option>
          {targets.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            id="confirm"
            name="confirm"
            value="yes"
            required
            className="mt-0.5 size-4"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby="confirm-error"
          />
          <span>{t('mergeConfirm', { name: source.name, count: source.claimCount })}</span>
        </label>
        <p id="confirm-error" aria-live="polite" className="text-sm text-red-700">
          {confirmError}
        </p>
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t('merging') : t('merge')}
      </Button>
    </form>
  );
}
