// The reports page's figures for ADMIN and EDITOR (permission 'reports:read'), and the editors it
// can be filtered by.
import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import type { ReportFilters } from '@/lib/reports/filters';
import { readDeskReport, type DeskReport, type RunQuery } from '@/lib/reports/queries';

const run: RunQuery = (sql, params) => db.$queryRawUnsafe(sql, ...params);

export async function getDeskReport(filters: ReportFilters): Promise<DeskReport> {
  await requirePermission('reports:read');
  return readDeskReport(run, filters);
}

export async function listReportEditors() {
  await requirePermission('reports:read');
  return db.user.findMany({ where: { role: { in: ['EDITOR', 'ADMIN'] } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}
