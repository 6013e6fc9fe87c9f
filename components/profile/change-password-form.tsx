'use client';
// Changing one's own password: the current one, then the new one twice. Nothing typed is sent back.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { changePasswordAction } from '@/lib/actions/profile';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextInput } from '@/components/ui/field';
import { firstError, FormStatus } from '@/components/ui/form-status';

export function ChangePasswordForm() {
  const t = useTranslations('Profile');
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const currentError = firstError(state, 'currentPassword');
  const newError = firstError(state, 'newPassword');
  const confirmError = firstError(state, 'confirmPassword');
  return (
    <form action={action} className="space-y-4">
      <FormStatus state={state} />
      <Field id="currentPassword" label={t('currentPassword')} error={currentError}>
        <TextInput {...fieldAria('currentPassword', currentError)} type="password" required autoComplete="current-password" />
      </Field>
      <Field id="newPassword" label={t('newPassword')} error={newError} hint={t('passwordHint', { minimum: MIN_PASSWORD_LENGTH })}>
        <TextInput {...fieldAria('newPassword', newError, { hint: true })} type="password" required autoComplete="new-password" />
      </Field>
      <Field id="confirmPassword" label={t('confirmPassword')} error={confirmError}>
        <TextInput {...fieldAria('confirmPassword', confirmError)} type="password" required autoComplete="new-password" />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('changePassword')}
      </Button>
    </form>
  );
}
