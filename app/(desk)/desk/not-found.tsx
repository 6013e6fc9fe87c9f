import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

// A desk address or record that does not exist (notFound() in a desk page, app/(desk)/desk/[...missing]),
// inside the desk's header and in the editor's language.
export default async function DeskNotFound() {
  const t = await getTranslations('DeskNotFound');
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
