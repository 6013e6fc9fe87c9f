// The reports page's figures as CSV (/api/reports?from=...&to=...&editor=...), for ADMIN and EDITOR.
// Bad filters are a 400 with one line, like the export.
import { authorize } from '@/lib/auth/current-user';
import { getDeskReport } from '@/lib/data/reports';
import { refusal } from '@/lib/export/response';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '@/lib/http/database-unavailable';
import { actionLocale } from '@/lib/i18n/action-locale';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { localise, translatorFor } from '@/lib/i18n/localise';
import { editorLocaleOfRequest } from '@/lib/i18n/request-locale';
import { reportCsv } from '@/lib/reports/csv';
import { parseReportFilters } from '@/lib/reports/filters';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const access = await authorize('reports:read');
  // Refusals in the editor's language: the profile's choice, else what the browser asks for.
  if (!access.ok) {
    return refusal(access.status, localise(editorLocaleOfRequest(request, null, getDefaultLocale()), access.message));
  }
  const parsed = parseReportFilters(Object.fromEntries(new URL(request.url).searchParams), new Date());
  if (!parsed.ok) return refusal(400, translatorFor(await actionLocale(access.user))(`DeskReports.problem_${parsed.problem}`));
  try {
    const { filters } = parsed;
    const body = reportCsv(await getDeskReport(filters));
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="claimdesk-report-${filters.fromDay}-${filters.toDay}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    throw error;
  }
}
