'use client';
// One review step as a button (submit, approve), or as a button that opens a short form for the
// comment or reason the step needs (send back, publish alone, unpublish).
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextArea } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

interface Props {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  /** The claim the step is about, sent in the form (not bound to the action: lib/actions/record-field.ts). */
  recordId: string;
  version: number;
  label: string;
  variant?: 'primary' | 'secondary' | 'danger';
  disabled?: boolean;
  describedBy?: string;
  /** The comment or reason the step asks for; the button then opens a small form first. */
  field?: { name: 'comment' | 'reason'; label: string; hint: string };
}

export function StepForm({ action, recordId, version, label, variant = 'primary', disabled, describedBy, field }: Props) {
  const t = useTranslations('DeskCommon');
  const [state, submit, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const [open, setOpen] = useState(false);
  const showForm = !field || open || (state !== null && !state.ok);
  if (!showForm)
    return (
      <Button type="button" variant={variant === 'primary' ? 'secondary' : variant} onClick={() => setOpen(true)} disabled={disabled}>
        {label}…
      </Button>
    );
  const id = field ? `step-${field.name}-${label.toLowerCase().replace(/\W+/g, '-')}` : '';
  return (
    <form action={submit} className="space-y-2" aria-label={label}>
      <FormStatus state={state} />
      <RecordIdInput id={recordId} />
      <input type="hidden" name="version" value={version} />
      {field ? (
        <Field id={id} label={field.label} hint={field.hint} error={firstError(state, field.name)}>
          <TextArea
            {...fieldAria(id, firstError(state, field.name), { hint: true })}
            name={field.name}
            rows={3}
            defaultValue={keptValue(state, field.name) ?? ''}
            autoFocus
          />
        </Field>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={variant} disabled={pending || disabled} aria-describedby={describedBy}>
          {pending ? t('working') : label}
        </Button>
        {field ? (
          <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
