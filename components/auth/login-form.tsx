'use client';
// The login form. Its action is a server action (lib/actions/login.ts) through useActionState, so
// without JavaScript the browser posts the form to this page, the action runs, and the page comes
// back with the message, or the browser is redirected to the desk; with JavaScript, the same
// without a page load.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAction } from '@/lib/actions/login';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('Login');
  const [state, action, pending] = useActionState(signInAction, null);
  const emailError = firstError(state, 'email');
  const passwordError = firstError(state, 'password');
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormStatus state={state} />
      <Field id="email" label={t('email')} error={emailError}>
        <TextInput
          {...fieldAria('email', emailError)}
          type="email"
          autoComplete="username"
          required
          maxLength={320}
          autoFocus
          defaultValue={keptValue(state, 'email')}
        />
      </Field>
      <Field id="password" label={t('password')} error={passwordError}>
        <TextInput {...fieldAria('password', passwordError)} type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('pending') : t('submit')}
      </Button>
    </form>
  );
}
