'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createUserAction } from '@/lib/actions/users';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RoleOptions } from './role-options';

export function CreateUserForm() {
  const t = useTranslations('UsersPage');
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormStatus state={state} />
      </div>
      <Field id="email" label={t('email')} error={firstError(state, 'email')}>
        <TextInput
          {...fieldAria('email', firstError(state, 'email'))}
          type="email"
          required
          autoComplete="off"
          defaultValue={keptValue(state, 'email')}
        />
      </Field>
      <Field id="name" label={t('name')} error={firstError(state, 'name')}>
        <TextInput {...fieldAria('name', firstError(state, 'name'))} required defaultValue={keptValue(state, 'name')} />
      </Field>
      <Field id="role" label={t('role')} error={firstError(state, 'role')}>
        <Select
          {...fieldAria('role', firstError(state, 'role'))}
          defaultValue={keptValue(state, 'role') ?? 'EDITOR'}
          key={keptValue(state, 'role') ?? 'EDITOR'}
        >
          <RoleOptions />
        </Select>
      </Field>
      <Field
        id="password"
        label={t('initialPassword')}
        error={firstError(state, 'password')}
        hint={t('initialPasswordHint', { minimum: MIN_PASSWORD_LENGTH })}
      >
        <TextInput
          {...fieldAria('password', firstError(state, 'password'), { hint: true })}
          type="password"
          required
          autoComplete="new-password"
        />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('create')}
        </Button>
      </div>
    </form>
  );
}
