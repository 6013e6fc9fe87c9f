'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { markAllNotificationsReadAction } from '@/lib/actions/notifications';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

export function MarkAllReadForm() {
  const t = useTranslations('Notifications');
  const [state, action, pending] = useActionState(markAllNotificationsReadAction, null);
  return (
    <form action={action} className="space-y-2">
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t('markAllRead')}
      </Button>
    </form>
  );
}
