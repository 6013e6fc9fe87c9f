'use client';
// Per kind of notification: immediately, as a daily digest, or never by e-mail (the inbox always).
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveEmailPreferencesAction } from '@/lib/actions/notifications';
import type { EmailFrequency, NotificationKind } from '@/lib/generated/prisma/enums';
import { NOTIFICATION_KINDS } from '@/lib/notifications/describe';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select } from '@/components/ui/field';
import { firstError, FormStatus } from '@/components/ui/form-status';

const FREQUENCIES = ['IMMEDIATELY', 'DAILY', 'NEVER'] as const satisfies readonly EmailFrequency[];

export function EmailPreferencesForm({ preferences }: { preferences: Record<NotificationKind, EmailFrequency> }) {
  const t = useTranslations('Notifications');
  const [state, action, pending] = useActionState(saveEmailPreferencesAction, null);
  return (
    <form action={action} className="space-y-3" data-testid="email-preferences">
      <FormStatus state={state} />
      {NOTIFICATION_KINDS.map((kind) => {
        const error = firstError(state, kind);
        return (
          <Field key={kind} id={kind} label={t(`kind_${kind}`)} error={error}>
            <Select {...fieldAria(kind, error)} defaultValue={preferences[kind]}>
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`freq_${f}`)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <Button type="submit" disabled={pending}>
        {t('savePreferences')}
      </Button>
    </form>
  );
}
