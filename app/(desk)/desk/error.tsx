'use client';
import { useTranslations } from 'next-intl';

// An error on a desk page, inside the desk's header and in the editor's language.
export default function DeskError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('ErrorPage');
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-stone-600">{t('body')}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm">
        {t('retry')}
      </button>
    </div>
  );
}
