'use client';
// The ADMIN's form for the public site's texts. Each field says its limit; a refused save keeps
// what was typed and says which field is wrong.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { updateSiteSettingsAction } from '@/lib/actions/site-settings';
import { SETTINGS_LIMITS, type SettingsField, type SiteTexts } from '@/lib/site/settings-fields';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, TextArea, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';

const LONG_FIELDS: readonly SettingsField[] = ['about', 'ownership', 'funding', 'methodology', 'correctionsPolicy'];

export function SiteSettingsForm({ settings, version }: { settings: SiteTexts; version: number }) {
  const t = useTranslations('SiteSettings');
  const [state, action, pending] = useActionState(updateSiteSettingsAction, null);
  const value = (field: SettingsField) => keptValue(state, field) ?? settings[field];
  return (
    <form action={action} className="space-y-5">
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      {LONG_FIELDS.map((field) => {
        const error = firstError(state, field);
        return (
          <Field key={field} id={field} label={t(field)} error={error} hint={t('limit', { maximum: SETTINGS_LIMITS[field] })}>
            <TextArea
              {...fieldAria(field, error, { hint: true })}
              rows={field === 'methodology' ? 10 : 5}
              maxLength={SETTINGS_LIMITS[field]}
              defaultValue={value(field)}
            />
          </Field>
        );
      })}
      <Field id="contactEmail" label={t('contactEmail')} error={firstError(state, 'contactEmail')}>
        <TextInput
          {...fieldAria('contactEmail', firstError(state, 'contactEmail'))}
          type="email"
          maxLength={SETTINGS_LIMITS.contactEmail}
          defaultValue={value('contactEmail')}
        />
      </Field>
      <Field id="logoUrl" label={t('logoUrl')} error={firstError(state, 'logoUrl')} hint={t('logoHint')}>
        <TextInput
          {...fieldAria('logoUrl', firstError(state, 'logoUrl'), { hint: true })}
          type="url"
          maxLength={SETTINGS_LIMITS.logoUrl}
          defaultValue={value('logoUrl')}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
