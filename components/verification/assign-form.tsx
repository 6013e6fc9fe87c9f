'use client';
// Gives the claim to an editor to check (or to nobody). Allowed in every publication state.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { assignClaimAction } from '@/lib/actions/verification';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

interface Props {
  claimId: string;
  version: number;
  assigneeId: string | null;
  editors: { id: string; name: string }[];
}

export function AssignForm({ claimId, version, assigneeId, editors }: Props) {
  const [state, assign, pending] = useActionState<ActionResult | null, FormData>(assignClaimAction, null);
  const t = useTranslations('Verification');
  return (
    <form action={assign} className="space-y-2" aria-label={t('assignment')}>
      <RecordIdInput id={claimId} />
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <Field id="assigneeId" label={t('assignedTo')} error={firstError(state, 'assigneeId')}>
        {/* Keyed by its default, so the form reset after a save shows the current assignee. */}
        <Select
          key={keptValue(state, 'assigneeId') ?? assigneeId ?? ''}
          {...fieldAria('assigneeId', firstError(state, 'assigneeId'))}
          defaultValue={keptValue(state, 'assigneeId') ?? assigneeId ?? ''}
        >
          <option value="">{t('nobody')}</option>
          {editors.map((editor) => (
            <option key={editor.id} value={editor.id}>
              {editor.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t('saving') : t('assign')}
      </Button>
    </form>
  );
}
