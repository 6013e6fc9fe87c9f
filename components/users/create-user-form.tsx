'use client';
import { useActionState } from 'react';
import { createUserAction } from '@/lib/actions/users';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { RoleOptions } from './role-options';

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, null);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormStatus state={state} />
      </div>
      <Field id="email" label="Email" error={firstError(state, 'email')}>
        <TextInput
          {...fieldAria('email', firstError(state, 'email'))}
          type="email"
          required
          autoComplete="off"
          defaultValue={keptValue(state, 'email')}
        />
      </Field>
      <Field id="name" label="Name" error={firstError(state, 'name')}>
        <TextInput {...fieldAria('name', firstError(state, 'name'))} required defaultValue={keptValue(state, 'name')} />
      </Field>
      <Field id="role" label="Role" error={firstError(state, 'role')}>
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
        label="Initial password"
        error={firstError(state, 'password')}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Share it privately.`}
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
          {pending ? 'Creating…' : 'Create user'}
        </Button>
      </div>
    </form>
  );
}
