'use client';
// Display name and interface language. After a save the page is rendered again in the chosen
// language (the action revalidates the desk), the message already in it.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { updateProfileAction } from '@/lib/actions/profile';
import { LANGUAGE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';

export function ProfileForm({ name, locale }: { name: string; locale: Locale }) {
  const t = useTranslations('Profile');
  const [state, action, pending] = useActionState(updateProfileAction, null);
  const nameError = firstError(state, 'name');
  const localeError = firstError(state, 'locale');
  return (
    <form action={action} className="space-y-4">
      <FormStatus state={state} />
      <Field id="name" label={t('name')} error={nameError}>
        <TextInput
          {...fieldAria('name', nameError)}
          required
          maxLength={120}
          autoComplete="name"
          defaultValue={keptValue(state, 'name') ?? name}
        />
      </Field>
      <Field id="locale" label={t('language')} error={localeError}>
        <Select {...fieldAria('locale', localeError)} defaultValue={keptValue(state, 'locale') ?? locale}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
