import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { KindBadge } from '@/components/sources/kind-options';
import { MergeSourceForm } from '@/components/sources/merge-source-form';
import { RenameSourceForm } from '@/components/sources/rename-source-form';
import { SourceAliasesForm } from '@/components/sources/source-aliases-form';
import { SourceSameAsForm } from '@/components/sources/source-same-as-form';
import { SourceClaims } from '@/components/sources/source-claims';
import { Alert } from '@/components/ui/alert';
import { guardPage } from '@/lib/auth/guard';
import { getSourceDetail, listMergeTargets } from '@/lib/data/sources';
import { can } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('SourceDetail'))('title') };
}

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await guardPage('desk:read', `/desk/sources/${encodeURIComponent(id)}`);
  const source = await getSourceDetail(id);
  if (!source) notFound();
  const canWrite = can(user.role, 'source:write');
  const targets = canWrite ? await listMergeTargets(source.id) : [];
  // Set by the merge action's redirect: how many claims just moved here.
  const { merged } = await searchParams;
  const t = await getTranslations('SourceDetail');
  const movedCount = typeof merged === 'string' && /^\d{1,6}$/.test(merged) ? Number(merged) : null;

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/desk/sources" className="text-sm text-sky-800 hover:underline">
          {t('allSources')}
        </Link>
        <h1 className="text-2xl font-semibold">{source.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
          <KindBadge kind={source.kind} />
          {source.aliases.length > 0 ? (
            <span>{t('alsoKnownAs', { aliases: source.aliases.join(', ') })}</span>
          ) : (
            <span>{t('noAliases')}</span>
          )}
        </p>
      </div>
      {movedCount !== null ? <Alert tone="success">{t('merged', { count: movedCount, name: source.name })}</Alert> : null}
      <section aria-labelledby="claims" className="space-y-3">
        <h2 id="claims" className="text-lg font-medium">
          {t('claims', { count: source.attributions.length })}
        </h2>
        <SourceClaims attributions={source.attributions} />
      </section>
      {canWrite ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="rename" className="rounded-xl border border-stone-200 bg-white p-6">
            <h2 id="rename" className="mb-4 text-lg font-medium">
              {t('nameAndKind')}
            </h2>
            <RenameSourceForm source={{ id: source.id, name: source.name, kind: source.kind }} />
          </section>
          <section aria-labelledby="edit-aliases" className="rounded-xl border border-stone-200 bg-white p-6">
            <h2 id="edit-aliases" className="mb-4 text-lg font-medium">
              {t('aliases')}
            </h2>
            <SourceAliasesForm source={{ id: source.id, aliases: source.aliases }} />
          </section>
          <section aria-labelledby="edit-same-as" className="rounded-xl border border-stone-200 bg-white p-6 lg:col-span-2">
            <h2 id="edit-same-as" className="mb-4 text-lg font-medium">
              {t('sameAs')}
            </h2>
            <SourceSameAsForm source={{ id: source.id, sameAs: source.sameAs }} />
          </section>
          <section aria-labelledby="merge" className="rounded-xl border border-red-200 bg-white p-6 lg:col-span-2">
            <h2 id="merge" className="mb-4 text-lg font-medium">
              {t('mergeHeading')}
            </h2>
            <MergeSourceForm source={{ id: source.id, name: source.name, claimCount: source.attributions.length }} targets={targets} />
          </section>
        </div>
      ) : null}
    </div>
  );
}
