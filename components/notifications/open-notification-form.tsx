'use client';
// Opening a notification: the action marks it read and leads to the claim (and comment). A form,
// so it works before the page's JavaScript has loaded too.
import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { openNotificationAction } from '@/lib/actions/notifications';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { RecordIdInput } from '@/components/ui/record-id-input';

export function OpenNotificationForm({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations('Notifications');
  const [state, action, pending] = useActionState(openNotificationAction, null);
  return (
    <form action={action} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center">
      <RecordIdInput id={id} />
      <div className="min-w-0 flex-1 text-sm break-words">
        <FormStatus state={state} />
        {children}
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('open')}
      </Button>
    </form>
  );
}
