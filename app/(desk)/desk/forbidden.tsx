import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

// A desk page the editor's role may not see (forbidden() from guardPage), in the editor's language.
export default async function DeskForbidden() {
  const t = await getTranslations('Forbidden');
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-stone-600">{t('body')}</p>
      <Link href="/desk" className="mt-6 inline-block text-sky-800 underline">
        {t('back')}
      </Link>
    </div>
  );
}
