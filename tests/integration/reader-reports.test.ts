// Readers' tips and error reports through the API (the form action shares submitReaderReport):
// bad input gets a clear 4xx and stores nothing; the per-address limit holds in PostgreSQL; the desk
// links a report to a claim and its correction, or closes it, each step audited, editors only.
import { describe, expect, it } from 'vitest';
import { withRecordId } from '@/lib/actions/record-field';
import { POST } from '@/app/api/reader-reports/route';
import { closeReaderReportAction, linkReaderReportAction } from '@/lib/actions/reader-reports';
import { REPORTS_PER_ADDRESS } from '@/lib/reader-reports/rate-limit';
import { createUser, formData, testDb, unique } from '../support/factories';
import { actAs } from '../support/session-double';

let addressCounter = 0;
/** Each test sends from its own made-up address, so their limits do not mix. */
const newAddress = () => `10.77.${Math.floor(Math.random() * 250)}.${++addressCounter}`;

function post(body: unknown, address: string, type = 'application/json') {
  return POST(
    new Request('http://localhost/api/reader-reports', {
      method: 'POST',
      headers: { 'content-type': type, 'x-forwarded-for': address },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

const reportCount = () => testDb.readerReport.count();

describe('POST /api/reader-reports', () => {
  it('stores a tip with its RECEIVED event and answers 201', async () => {
    const text = `Tip ${unique('t')}: <script>alert(1)</script> the minister said 40% of roads are new`;
    const response = await post({ kind: 'TIP', text, email: 'Reader@Example.org' }, newAddress());
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const stored = await testDb.readerReport.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(stored).toMatchObject({ kind: 'TIP', text, email: 'reader@example.org', status: 'OPEN', claimId: null });
    expect(stored.events.map((e) => [e.kind, e.actorId])).toEqual([['RECEIVED', null]]);
  });

  it.each([
    ['an empty message', { kind: 'TIP', text: '   ' }, 400, /write your message/i],
    ['a message over 5,000 characters', { kind: 'TIP', text: 'x'.repeat(5001) }, 400, /5,000/],
    ['an invalid email', { kind: 'TIP', text: 'hello', email: 'not-an-address' }, 400, /email/i],
    ['a filled honeypot', { kind: 'TIP', text: 'hello', website: 'http://spam.example' }, 400, /not sent/i],
    ['an error report without a claim', { kind: 'ERROR', text: 'wrong date' }, 400, /verdict/i],
    ['an error report about a claim that is not public', { kind: 'ERROR', text: 'wrong date', claimId: 'cnotpublic1' }, 404, /verdict/i],
    ['an unknown kind', { kind: 'PRAISE', text: 'hello' }, 400, /tip or an error/i],
  ])('refuses %s with a clear message and stores nothing', async (_name, body, status, message) => {
    const before = await reportCount();
    const response = await post(body, newAddress());
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
    expect(await reportCount()).toBe(before);
  });

  it('refuses a chunked body over the limit with 413, though it declares no length, and stores nothing', async () => {
    const before = await reportCount();
    const text = JSON.stringify({ kind: 'TIP', text: 'x'.repeat(100 * 1024) });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const request = new Request('http://localhost/api/reader-reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress() },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    expect((await POST(request)).status).toBe(413);
    expect(await reportCount()).toBe(before);
  });

  it('refuses a body that is not a form or JSON object', async () => {
    expect((await post('[1,2]', newAddress())).status).toBe(400);
    expect((await post('kind=TIP', newAddress(), 'text/plain')).status).toBe(400);
    expect((await post('{"kind":', newAddress())).status).toBe(400);
  });

  it('refuses more than the per-address limit with 429, counted in PostgreSQL, and stores nothing more', async () => {
    const address = newAddress();
    for (let i = 0; i < REPORTS_PER_ADDRESS; i++) expect((await post({ kind: 'TIP', text: `tip ${i}` }, address)).status).toBe(201);
    const before = await reportCount();
    const refused = await post({ kind: 'TIP', text: 'one too many' }, address);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: string }).error).toMatch(/try again/i);
    expect(await reportCount()).toBe(before);
    const counters = await testDb.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM login_throttle WHERE key LIKE 'report-address%'`;
    expect(Number(counters[0]?.n)).toBeGreaterThan(0);
    // Another address is not held back by this one.
    expect((await post({ kind: 'TIP', text: 'from elsewhere' }, newAddress())).status).toBe(201);
  });

  it("does not count refused reports against the site-wide ceiling, so one sender cannot use up everyone's", async () => {
    const siteWide = async () =>
      Number(
        (await testDb.$queryRaw<{ points: number }[]>`SELECT points FROM login_throttle WHERE key = 'report-global:site'`)[0]?.points ?? 0,
      );
    const address = newAddress();
    for (let i = 0; i < REPORTS_PER_ADDRESS; i++) expect((await post({ kind: 'TIP', text: `tip ${i}` }, address)).status).toBe(201);
    const before = await siteWide();
    expect(before).toBeGreaterThanOrEqual(REPORTS_PER_ADDRESS);
    for (let i = 0; i < 3; i++) expect((await post({ kind: 'TIP', text: 'again' }, address)).status).toBe(429);
    expect(await siteWide()).toBe(before);
  });
});

describe('desk handling of reader reports', () => {
  async function openTip() {
    const response = await post({ kind: 'TIP', text: `tip ${unique('x')}` }, newAddress());
    return ((await response.json()) as { id: string }).id;
  }

  it("links a report to a claim and its correction, audited, and tells the claim's assignee; refuses a viewer and a foreign correction", async () => {
    const [editor, viewer, assignee] = [await createUser('EDITOR'), await createUser('VIEWER'), await createUser('EDITOR')];
    const claim = await testDb.claim.create({ data: { summary: unique('claim'), createdById: editor.id, assigneeId: assignee.id } });
    const other = await testDb.claim.create({ data: { summary: unique('other'), createdById: editor.id } });
    const correction = await testDb.correction.create({
      data: { claimId: claim.id, what: 'Verdict', why: 'New figures', authorId: editor.id },
    });
    const foreign = await testDb.correction.create({ data: { claimId: other.id, what: 'Verdict', why: 'Other', authorId: editor.id } });
    const id = await openTip();

    actAs(viewer);
    expect(
      await linkReaderReportAction(null, withRecordId(id, formData({ claimId: claim.id, correctionId: correction.id }))),
    ).toMatchObject({
      ok: false,
    });
    actAs(editor);
    expect(await linkReaderReportAction(null, withRecordId(id, formData({ claimId: claim.id, correctionId: foreign.id })))).toMatchObject({
      ok: false,
    });
    expect(await testDb.readerReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'OPEN', claimId: null });

    expect(
      await linkReaderReportAction(null, withRecordId(id, formData({ claimId: claim.id, correctionId: correction.id }))),
    ).toMatchObject({
      ok: true,
    });
    const linked = await testDb.readerReport.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { at: 'asc' } } } });
    expect(linked).toMatchObject({ status: 'LINKED', claimId: claim.id, correctionId: correction.id });
    expect(linked.events.map((e) => [e.kind, e.actorId])).toEqual([
      ['RECEIVED', null],
      ['LINKED', editor.id],
    ]);
    // The assignee hears of it; the editor who linked it does not (issue 17).
    const told = await testDb.notification.findMany({ where: { claimId: claim.id }, select: { userId: true, kind: true, data: true } });
    expect(told).toEqual([{ userId: assignee.id, kind: 'REPORT_LINKED', data: { reportId: id } }]);
  });

  it('closes a report with a reason, audited, and refuses a close without one', async () => {
    const editor = await createUser('EDITOR');
    const id = await openTip();
    actAs(editor);
    expect(await closeReaderReportAction(null, withRecordId(id, formData({ reason: '  ' })))).toMatchObject({ ok: false });
    expect(await closeReaderReportAction(null, withRecordId(id, formData({ reason: 'Not a factual claim' })))).toMatchObject({ ok: true });
    const closed = await testDb.readerReport.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(closed).toMatchObject({ status: 'CLOSED', closeReason: 'Not a factual claim' });
    expect(closed.events.map((e) => e.kind).sort()).toEqual(['CLOSED', 'RECEIVED']);
  });
});
