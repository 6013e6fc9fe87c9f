import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteSettingsForm } from '@/components/settings/site-settings-form';
import { DeskTime } from '@/components/ui/desk-time';
import { guardPage } from '@/lib/auth/guard';
import { getSiteSettingsForAdmin } from '@/lib/data/site-settings';
import { SETTINGS_FIELDS, type SettingsField } from '@/lib/site/settings-fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('SiteSettings'))('title') };
}

/** The names of the fields an audit event changed (its `after` holds only those). */
function changedFields(after: unknown): SettingsField[] {
  return after && typeof after === 'object' ? SETTINGS_FIELDS.filter((field) => field in after) : [];
}

export default async function SiteSettingsPage() {
  await guardPage('site:manage', '/desk/settings');
  const t = await getTranslations('SiteSettings');
  const { settings, events } = await getSiteSettingsForAdmin();
  const { version, ...texts } = settings;
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-stone-600">{t('intro')}</p>
      </div>
      <section className="rounded-xl border border-stone-200 bg-white p-6">
        <SiteSettingsForm settings={texts} version={version} />
      </section>
      <section aria-labelledby="settings-history" className="space-y-3">
        <h2 id="settings-history" className="text-lg font-medium">
          {t('history')}
        </h2>
        {events.length === 0 ? (
          <p className="text-sm text-stone-600">{t('noHistory')}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="settings-events">
            {events.map((event) => (
              <li key={event.id}>
                <span className="text-stone-600">
                  <DeskTime at={event.at} ago />
                </span>
                :{' '}
                {t('changed', {
                  name: event.actor.name,
                  fields: changedFields(event.after)
                    .map((field) => t(field))
                    .join(', '),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
