'use client';
import { useTranslations } from 'next-intl';
import { isDatabaseUnavailableDigest } from '@/lib/db/database-unavailable-error';

export default function ReaderError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('ErrorPage');
  // A request that was running when the database went away: say so (lib/db/create-client.ts marks it).
  const gate = useTranslations('DatabaseGate');
  const databaseDown = isDatabaseUnavailableDigest(error.digest);
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{databaseDown ? gate('title') : t('title')}</h1>
      <p className="mt-2 text-stone-600">{databaseDown ? gate('body') : t('body')}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
        {t('retry')}
      </button>
    </div>
  );
}
