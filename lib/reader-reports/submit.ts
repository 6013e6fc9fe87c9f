// A reader's tip or error report, from the form action or the API: checked, counted against the
// abuse limits, then stored with its RECEIVED audit event. Anything refused stores nothing (the
// limit's counter aside). The outcome carries the HTTP status the API answers with.
import 'server-only';
import { PUBLIC_CLAIM_WHERE } from '@/lib/data/published-claims';
import { db } from '@/lib/db';
import { readerReportSchema } from '@/lib/schemas/reader-report';
import { HONEYPOT_FIELD } from './honeypot';
import { reserveReport } from './rate-limit';

export type SubmitOutcome =
  | { ok: true; id: string }
  | {
      ok: false;
      status: 400 | 404 | 429;
      message: string;
      values?: Record<string, number>;
      issues?: readonly { path: PropertyKey[]; message: string }[];
    };

export async function submitReaderReport(raw: Record<string, unknown>, address: string | null): Promise<SubmitOutcome> {
  const honeypot = raw[HONEYPOT_FIELD];
  if (typeof honeypot === 'string' && honeypot !== '') return { ok: false, status: 400, message: 'ReaderReports.honeypot' };
  const parsed = readerReportSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
    return { ok: false, status: 400, message: issues[0]?.message ?? 'Actions.invalid', issues };
  }
  const input = parsed.data;
  const wait = await reserveReport(address);
  if (wait > 0) return { ok: false, status: 429, message: 'ReaderReports.tooMany', values: { minutes: Math.ceil(wait / 60) } };
  // An error report names the verdict page it came from: only a public claim can be reported.
  if (input.kind === 'ERROR') {
    const claim = await db.claim.findFirst({ where: { id: input.claimId, ...PUBLIC_CLAIM_WHERE }, select: { id: true } });
    if (!claim) return { ok: false, status: 404, message: 'ReaderReports.noClaim' };
  }
  const report = await db.$transaction(async (tx) => {
    const created = await tx.readerReport.create({
      data: { kind: input.kind, text: input.text, email: input.email || null, claimId: input.kind === 'ERROR' ? input.claimId : null },
      select: { id: true },
    });
    await tx.readerReportEvent.create({ data: { reportId: created.id, kind: 'RECEIVED', after: { kind: input.kind } } });
    return created;
  });
  return { ok: true, id: report.id };
}
