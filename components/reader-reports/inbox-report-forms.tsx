'use client';
// An editor's two steps on a reader's report: link it to a claim (and, for an error, to the
// correction that followed), or close it with a reason.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { closeReaderReportAction, linkReaderReportAction } from '@/lib/actions/reader-reports';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

interface Props {
  reportId: string;
  claimId: string | null;
  corrections: readonly { id: string; label: string }[];
}

export function InboxReportForms({ reportId, claimId, corrections }: Props) {
  const t = useTranslations('DeskInbox');
  const [linkState, link, linking] = useActionState(linkReaderReportAction, null);
  const [closeState, close, closing] = useActionState(closeReaderReportAction, null);
  const claimError = firstError(linkState, 'claimId');
  const correctionError = firstError(linkState, 'correctionId');
  const reasonError = firstError(closeState, 'reason');
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form action={link} className="space-y-2" aria-label={t('linkLabel')}>
        <RecordIdInput id={reportId} />
        <FormStatus state={linkState} />
        <Field id={`claim-${reportId}`} label={t('claimId')} error={claimError}>
          <TextInput
            {...fieldAria(`claim-${reportId}`, claimError)}
            name="claimId"
            required
            maxLength={40}
            defaultValue={keptValue(linkState, 'claimId') ?? claimId ?? ''}
          />
        </Field>
        {corrections.length > 0 ? (
          <Field id={`correction-${reportId}`} label={t('correction')} error={correctionError}>
            <Select {...fieldAria(`correction-${reportId}`, correctionError)} name="correctionId" defaultValue="">
              <option value="">{t('noCorrection')}</option>
              {corrections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Button type="submit" disabled={linking}>
          {t('link')}
        </Button>
      </form>
      <form action={close} className="space-y-2" aria-label={t('closeLabel')}>
        <RecordIdInput id={reportId} />
        <FormStatus state={closeState} />
        <Field id={`reason-${reportId}`} label={t('reason')} error={reasonError}>
          <TextInput {...fieldAria(`reason-${reportId}`, reasonError)} name="reason" required maxLength={1000} />
        </Field>
        <Button type="submit" variant="secondary" disabled={closing}>
          {t('close')}
        </Button>
      </form>
    </div>
  );
}
