'use client';
// One user in the admin table: role and access, and a password reset tucked behind a disclosure.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { resetPasswordAction, updateUserAction } from '@/lib/actions/users';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import type { UserRow } from '@/lib/data/users';
import { Button } from '@/components/ui/button';
import { fieldAria, Select, TextInput } from '@/components/ui/field';
import { firstError, FormStatus } from '@/components/ui/form-status';
import { RoleOptions } from './role-options';
import { RecordIdInput } from '@/components/ui/record-id-input';

export function UserRowForms({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const t = useTranslations('UsersPage');
  const [saveState, save, saving] = useActionState(updateUserAction, null);
  const [resetState, reset, resetting] = useActionState(resetPasswordAction, null);
  const prefix = `user-${user.id}`;
  return (
    <li className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="user-row" data-email={user.email}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <p className="font-medium">{user.name}</p>
          <p className="text-sm text-stone-600">{user.email}</p>
        </div>
        {user.disabled ? (
          <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">{t('disabled')}</span>
        ) : null}
      </div>
      <form action={save} className="flex flex-wrap items-end gap-3">
        <RecordIdInput id={user.id} />
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t('role')}</span>
          <Select name="role" defaultValue={user.role} disabled={isSelf} aria-label={t('roleOf', { email: user.email })}>
            <RoleOptions />
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium">{t('access')}</span>
          <Select name="disabled" defaultValue={String(user.disabled)} disabled={isSelf} aria-label={t('accessOf', { email: user.email })}>
            <option value="false">{t('canSignIn')}</option>
            <option value="true">{t('disabled')}</option>
          </Select>
        </label>
        {isSelf ? (
          <p className="text-sm text-stone-500">{t('thisIsYou')}</p>
        ) : (
          <Button type="submit" variant="secondary" disabled={saving}>
            {saving ? t('saving') : t('save')}
          </Button>
        )}
      </form>
      <FormStatus state={saveState} />
      <details>
        <summary className="cursor-pointer text-sm text-sky-800">{t('resetPassword')}</summary>
        <form action={reset} className="mt-2 flex flex-wrap items-end gap-3">
          <RecordIdInput id={user.id} />
          <TextInput
            {...fieldAria(`${prefix}-password`, firstError(resetState, 'password'))}
            name="password"
            type="password"
            autoComplete="new-password"
            placeholder={t('newPasswordPlaceholder', { minimum: MIN_PASSWORD_LENGTH })}
            className="max-w-xs"
            aria-label={t('newPasswordFor', { email: user.email })}
          />
          <Button type="submit" variant="secondary" disabled={resetting}>
            {resetting ? t('saving') : t('setPassword')}
          </Button>
        </form>
        <p id={`${prefix}-password-error`} className="text-sm text-red-700" aria-live="polite">
          {firstError(resetState, 'password')}
        </p>
        {resetState?.ok ? <FormStatus state={resetState} /> : null}
      </details>
    </li>
  );
}
