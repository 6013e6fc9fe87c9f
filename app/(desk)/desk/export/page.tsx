import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ExportForm, type FormValues } from '@/components/export/export-form';
import { ExportResult } from '@/components/export/export-result';
import { Alert } from '@/components/ui/alert';
import { guardPage } from '@/lib/auth/guard';
import { listArticles, listSourceChoices } from '@/lib/data/articles';
import { checkExportTargets, countExportClaims, exportPool } from '@/lib/data/export-claims';
import { getEnv } from '@/lib/env';
import { includesDrafts, parseExportRequest } from '@/lib/export/filters';
import { describeExportRefusal } from '@/lib/export/refusal-text';
import { isLocale } from '@/lib/i18n/locales';
import { can } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ExportPage'))('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

function formValues(params: SearchParams): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) values[key] = Array.isArray(value) ? value : [value];
  return values;
}

export default async function ExportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await guardPage('desk:read', '/desk/export');
  const values = formValues(await searchParams);
  const t = await getTranslations('ExportPage');
  const asked = await getLocale();
  const locale = isLocale(asked) ? asked : 'en';
  const canExportDrafts = can(user.role, 'export:drafts');
  const [articles, sources] = await Promise.all([listArticles(), listSourceChoices()]);
  const parsed = parseExportRequest(Object.entries(values).flatMap(([key, list]) => list.map((v) => [key, v] as const)));
  let problem: string | null = parsed.ok ? null : describeExportRefusal(locale, parsed.reason);
  let count: number | null = null;
  if (parsed.ok) {
    const { format, filters } = parsed.value;
    const db = exportPool(getEnv().DATABASE_URL);
    if (includesDrafts(filters) && !canExportDrafts) problem = t('draftsNeedEditor');
    else {
      const missing = await checkExportTargets(db, filters);
      problem = missing ? describeExportRefusal(locale, missing) : null;
    }
    if (!problem) count = await countExportClaims(db, filters, format === 'claimreview' || format === 'factcheck');
  }
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {t('intro')} <code className="rounded bg-stone-100 px-1">npm run -s export -- --format csv &gt; claims.csv</code>
        </p>
      </div>
      <ExportForm
        values={values}
        canExportDrafts={canExportDrafts}
        articles={articles.map((a) => ({ id: a.id, label: a.title }))}
        sources={sources.map((s) => ({ id: s.id, label: s.name }))}
      />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {parsed.ok && count !== null ? <ExportResult request={parsed.value} count={count} /> : null}
    </div>
  );
}
