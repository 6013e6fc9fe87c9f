import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { InboxReportForms } from '@/components/reader-reports/inbox-report-forms';
import { DeskTime } from '@/components/ui/desk-time';
import { guardPage } from '@/lib/auth/guard';
import { listReaderReports } from '@/lib/data/reader-reports';
import { can } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DeskInbox'))('title') };
}

export default async function InboxPage() {
  const user = await guardPage('desk:read', '/desk/inbox');
  const t = await getTranslations('DeskInbox');
  const reports = await listReaderReports();
  const mayHandle = can(user.role, 'report:handle');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {reports.length === 0 ? <p className="text-stone-600">{t('empty')}</p> : null}
      <ul className="space-y-4" data-testid="inbox">
        {reports.map((report) => (
          <li key={report.id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid="inbox-report">
            <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
              <span className="rounded bg-stone-100 px-2 py-0.5 font-medium text-stone-800">{t(`kind.${report.kind}`)}</span>
              <span className="font-medium" data-testid="report-status">
                {t(`status.${report.status}`)}
              </span>
              <DeskTime at={report.createdAt} ago />
              {report.email ? <span>· {report.email}</span> : null}
            </p>
            {/* What the reader wrote, as text: React escapes it, and line breaks are kept by CSS. */}
            <p className="whitespace-pre-wrap break-words text-stone-900" data-testid="report-text">
              {report.text}
            </p>
            {report.claim ? (
              <p className="text-sm">
                {t('aboutClaim')}{' '}
                <Link href={`/desk/claims/${report.claim.id}`} className="text-sky-800 underline">
                  {report.claim.summary}
                </Link>
              </p>
            ) : null}
            {report.correction ? (
              <p className="text-sm" data-testid="report-correction">
                {t('linkedCorrection', { why: report.correction.why })}
              </p>
            ) : null}
            {report.closeReason ? <p className="text-sm text-stone-700">{t('closedBecause', { reason: report.closeReason })}</p> : null}
            <ul className="text-xs text-stone-500">
              {report.events.map((event) => (
                <li key={event.id}>
                  <DeskTime at={event.at} /> · {t(`event.${event.kind}`, { name: event.actor?.name ?? '' })}
                </li>
              ))}
            </ul>
            {mayHandle && report.status !== 'CLOSED' ? (
              <InboxReportForms
                reportId={report.id}
                claimId={report.claim?.id ?? null}
                corrections={(report.claim?.corrections ?? []).map((c) => ({
                  id: c.id,
                  label: `${c.at.toISOString().slice(0, 10)}: ${c.why.slice(0, 80)}`,
                }))}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
