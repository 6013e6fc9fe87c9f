'use client';
// A reader's tip or error report: no account, an optional address for a reply. It posts to the
// public form action, so it also works without JavaScript. The honeypot field is hidden from
// people (and from screen readers) and left empty by them; robots filling every field give
// themselves away. The words come from the server page (reader pages send no catalogue to the client).
import { useActionState } from 'react';
import { PAGE_LOCALE_FIELD } from '@/lib/actions/page-locale-field';
import { sendReaderReportAction } from '@/lib/actions/reader-reports';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_REPORT_LENGTH } from '@/lib/reader-reports/limits';
import { HONEYPOT_FIELD } from '@/lib/reader-reports/honeypot';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextArea, TextInput } from '@/components/ui/field';
import { firstError, keptValue } from '@/components/ui/form-status';

export interface ReaderReportLabels {
  message: string;
  messageHint: string;
  email: string;
  honeypot: string;
  send: string;
  sending: string;
}

interface Props {
  kind: 'TIP' | 'ERROR';
  claimId?: string;
  /** The page's language: the action answers in it. */
  locale: Locale;
  labels: ReaderReportLabels;
}

export function ReaderReportForm({ kind, claimId, locale, labels }: Props) {
  const [state, action, pending] = useActionState(sendReaderReportAction, null);
  const prefix = kind === 'TIP' ? 'tip' : 'error';
  const textError = firstError(state, 'text');
  const emailError = firstError(state, 'email');
  return (
    <form action={action} className="space-y-3" data-testid={`${prefix}-form`}>
      {state ? <Alert tone={state.ok ? 'success' : 'error'}>{state.message}</Alert> : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name={PAGE_LOCALE_FIELD} value={locale} />
      {claimId ? <input type="hidden" name="claimId" value={claimId} /> : null}
      <Field id={`${prefix}-text`} label={labels.message} error={textError} hint={labels.messageHint}>
        <TextArea
          {...fieldAria(`${prefix}-text`, textError, { hint: true })}
          name="text"
          required
          rows={4}
          maxLength={MAX_REPORT_LENGTH}
          defaultValue={keptValue(state, 'text')}
        />
      </Field>
      <Field id={`${prefix}-email`} label={labels.email} error={emailError}>
        <TextInput
          {...fieldAria(`${prefix}-email`, emailError)}
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={keptValue(state, 'email')}
        />
      </Field>
      <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor={`${prefix}-${HONEYPOT_FIELD}`}>{labels.honeypot}</label>
        <input id={`${prefix}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? labels.sending : labels.send}
      </Button>
    </form>
  );
}
