// A plain GET form, so filtering works without JavaScript and the filter lives in the URL.
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/field';

export function SourceFilter({ query }: { query: string }) {
  return (
    <form method="get" action="/desk/sources" role="search" className="flex flex-wrap items-end gap-3">
      <label className="min-w-64 flex-1 text-sm">
        <span className="mb-1 block font-medium">Filter by name or alias</span>
        <TextInput type="search" name="q" defaultValue={query} maxLength={200} placeholder="e.g. Armenpress" />
      </label>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {query ? (
        <Link href="/desk/sources" className="py-2 text-sm text-sky-800 hover:underline">
          Show all
        </Link>
      ) : null}
    </form>
  );
}
