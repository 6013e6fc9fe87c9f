'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { updateSourceAliasesAction } from '@/lib/actions/sources';
import { MAX_ALIAS_LENGTH, MAX_ALIASES } from '@/lib/schemas/source';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextArea } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

export function SourceAliasesForm({ source }: { source: { id: string; aliases: readonly string[] } }) {
  const [state, action, pending] = useActionState(updateSourceAliasesAction, null);
  const error = firstError(state, 'aliases');
  const t = useTranslations('SourceForms');
  return (
    <form action={action} className="space-y-4">
      <RecordIdInput id={source.id} />
      <FormStatus state={state} />
      <Field id="aliases" label={t('aliasesLabel')} error={error} hint={t('aliasesHint', { max: MAX_ALIASES, length: MAX_ALIAS_LENGTH })}>
        <TextArea
          {...fieldAria('aliases', error, { hint: true })}
          rows={Math.min(12, Math.max(4, source.aliases.length + 2))}
          defaultValue={keptValue(state, 'aliases') ?? source.aliases.join('\n')}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('saveAliases')}
      </Button>
    </form>
  );
}
