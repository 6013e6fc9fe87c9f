'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { renameSourceAction } from '@/lib/actions/sources';
import type { SourceKind } from '@/lib/generated/prisma/enums';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { KindOptions } from './kind-options';
import { RecordIdInput } from '@/components/ui/record-id-input';

export function RenameSourceForm({ source }: { source: { id: string; name: string; kind: SourceKind } }) {
  const [state, action, pending] = useActionState(renameSourceAction, null);
  const kind = keptValue(state, 'kind') ?? source.kind;
  const t = useTranslations('SourceForms');
  return (
    <form action={action} className="space-y-4">
      <RecordIdInput id={source.id} />
      <FormStatus state={state} />
      <Field id="name" label={t('name')} error={firstError(state, 'name')} hint={t('nameHint')}>
        <TextInput
          {...fieldAria('name', firstError(state, 'name'), { hint: true })}
          required
          maxLength={200}
          defaultValue={keptValue(state, 'name') ?? source.name}
        />
      </Field>
      <Field id="kind" label={t('kind')} error={firstError(state, 'kind')}>
        {/* A select keeps its first defaultValue; the key remounts it when the kept value changes. */}
        <Select {...fieldAria('kind', firstError(state, 'kind'))} defaultValue={kind} key={kind}>
          <KindOptions />
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('saveNameAndKind')}
      </Button>
    </form>
  );
}
