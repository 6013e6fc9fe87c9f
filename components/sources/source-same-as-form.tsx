'use client';
// The source's sameAs addresses (ClaimReview itemReviewed.author.sameAs), one per line.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { updateSourceSameAsAction } from '@/lib/actions/sources';
import { MAX_SAME_AS } from '@/lib/schemas/source';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextArea } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

export function SourceSameAsForm({ source }: { source: { id: string; sameAs: readonly string[] } }) {
  const [state, action, pending] = useActionState(updateSourceSameAsAction, null);
  const error = firstError(state, 'sameAs');
  const t = useTranslations('SourceForms');
  return (
    <form action={action} className="space-y-4">
      <RecordIdInput id={source.id} />
      <FormStatus state={state} />
      <Field id="sameAs" label={t('sameAsLabel')} error={error} hint={t('sameAsHint', { max: MAX_SAME_AS })}>
        <TextArea
          {...fieldAria('sameAs', error, { hint: true })}
          rows={Math.min(8, Math.max(3, source.sameAs.length + 1))}
          defaultValue={keptValue(state, 'sameAs') ?? source.sameAs.join('\n')}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('saveSameAs')}
      </Button>
    </form>
  );
}
