import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { EmailPreferencesForm } from '@/components/notifications/email-preferences-form';
import { getEmailPreferences } from '@/lib/data/notifications';
import { mailEnabled } from '@/lib/mail/transport';
import { ChangePasswordForm } from '@/components/profile/change-password-form';
import { ProfileForm } from '@/components/profile/profile-form';
import { guardPage } from '@/lib/auth/guard';
import { isLocale } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Profile'))('title') };
}

export default async function ProfilePage() {
  const user = await guardPage('desk:read', '/desk/profile');
  const t = await getTranslations('Profile');
  const shown = await getLocale();
  const [notifications, preferences] = await Promise.all([getTranslations('Notifications'), getEmailPreferences()]);
  return (
    <div className="max-w-xl space-y-8">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="text-stone-600">
        {t('email')}: {user.email}
      </p>
      <section aria-labelledby="profile-settings" className="space-y-3">
        <h2 id="profile-settings" className="text-lg font-medium">
          {t('settingsHeading')}
        </h2>
        <ProfileForm name={user.name} locale={user.locale ?? (isLocale(shown) ? shown : 'en')} />
      </section>
      <section aria-labelledby="profile-password" className="space-y-3">
        <h2 id="profile-password" className="text-lg font-medium">
          {t('passwordHeading')}
        </h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="profile-email" className="space-y-3">
        <h2 id="profile-email" className="text-lg font-medium">
          {notifications('emailHeading')}
        </h2>
        <p className="text-sm text-stone-600">{notifications('emailIntro')}</p>
        {mailEnabled() ? null : <p className="text-sm text-stone-600">{notifications('emailOff')}</p>}
        <EmailPreferencesForm preferences={preferences} />
      </section>
    </div>
  );
}
