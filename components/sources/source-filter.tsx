// A plain GET form, so filtering works without JavaScript and the filter lives in the URL.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/field';

export function SourceFilter({ query }: { query: string }) {
  const t = useTranslations('SourcesPage');
  return (
    <form method="get" action="/desk/sources" role="search" className="flex flex-wrap items-end gap-3">
      <label className="min-w-64 flex-1 text-sm">
        <span className="mb-1 block font-medium">{t('filterLabel')}</span>
        <TextInput type="search" name="q" defaultValue={query} maxLength={200} placeholder={t('filterPlaceholder')} />
      </label>
      <Button type="submit" variant="secondary">
        {t('filter')}
      </Button>
      {query ? (
        <Link href="/desk/sources" className="py-2 text-sm text-sky-800 hover:underline">
          {t('showAll')}
        </Link>
      ) : null}
    </form>
  );
}
