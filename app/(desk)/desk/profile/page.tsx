import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
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
    </div>
  );
}
