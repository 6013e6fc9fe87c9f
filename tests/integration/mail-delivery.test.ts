// E-mail of notifications through a real SMTP conversation: a local smtp-server receives what the
// job handlers send and the test reads it. An SMTP server that is down makes the handler throw
// (so the queue retries), records the error and marks nothing sent.
import { createServer, type Server } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverNotificationEmail, listDigestRecipients, sendDailyDigest } from '@/lib/mail/jobs';
import { createMailer } from '@/lib/mail/transport';
import { createTeam, createTestClaim, testDb, unique } from '../support/factories';

interface Received {
  to: string[];
  raw: string;
}
const inbox: Received[] = [];
let smtp: SMTPServer;
let port = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(resolve)));

/** A port nothing listens on: take one, then let it go. */
async function deadPort(): Promise<number> {
  const probe: Server = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const free = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

/** Quoted-printable soft line breaks and escapes undone, enough to read the text part. */
const decoded = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\r\n/g, '\n');

async function notificationFor(recipient: { id: string }, actor: { id: string }, summary = unique('Jembatan selesai <b>2019</b>')) {
  const article = await testDb.article.create({
    data: { title: unique('a'), body: 'Menteri said so.', rawInput: 'raw', createdById: actor.id },
  });
  const claim = await createTestClaim(
    { summary, createdById: actor.id },
    { articleId: article.id, quoteStart: 0, quoteEnd: 7, quoteText: 'Menteri' },
  );
  return testDb.notification.create({ data: { userId: recipient.id, kind: 'REVIEW_REQUESTED', claimId: claim.id, actorId: actor.id } });
}

describe('notification e-mail', () => {
  it('sends one e-mail in the recipient’s language, marks it sent, and never sends it twice', async () => {
    const team = await createTeam();
    await testDb.user.update({ where: { id: team.editor2.id }, data: { locale: 'id', name: 'Sari Peninjau' } });
    const n = await notificationFor(team.editor2, team.editor);
    const mailer = createMailer(`smtp://127.0.0.1:${port}`, 'ClaimDesk <desk@example.test>');
    const before = inbox.length;
    expect(await deliverNotificationEmail(testDb, { notificationId: n.id }, mailer)).toBe('sent');
    expect(await deliverNotificationEmail(testDb, { notificationId: n.id }, mailer)).toBe('already-sent');
    const arrived = inbox.slice(before);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.to).toEqual([team.editor2.email]);
    const text = decoded(arrived[0]?.raw ?? '');
    expect(text).toContain('Halo Sari Peninjau,');
    expect(text).toContain('mengajukan');
    expect(text).toContain(`http://localhost:3000/desk/claims/${n.claimId}`);
    expect(text).toContain('Content-Language: id');
    // The statement's markup is text in a plain-text e-mail.
    expect(text).toContain('<b>2019</b>');
    expect(text).not.toMatch(/Content-Type: text\/html/);
    const row = await testDb.notification.findUniqueOrThrow({ where: { id: n.id } });
    expect(row.emailedAt).toBeInstanceOf(Date);
    expect(row.emailError).toBeNull();
  });

  it('sends nothing for a kind the user chose as never or daily', async () => {
    const team = await createTeam();
    await testDb.notificationPreference.create({ data: { userId: team.editor2.id, kind: 'REVIEW_REQUESTED', email: 'NEVER' } });
    const n = await notificationFor(team.editor2, team.editor);
    const before = inbox.length;
    expect(
      await deliverNotificationEmail(testDb, { notificationId: n.id }, createMailer(`smtp://127.0.0.1:${port}`, 'desk@example.test')),
    ).toBe('not-wanted');
    expect(inbox.length).toBe(before);
  });

  it('throws when the SMTP server is down, records the error and marks nothing sent', async () => {
    const team = await createTeam();
    const n = await notificationFor(team.editor2, team.editor);
    const down = createMailer(`smtp://127.0.0.1:${await deadPort()}`, 'desk@example.test');
    await expect(deliverNotificationEmail(testDb, { notificationId: n.id }, down)).rejects.toThrow(/ECONNREFUSED/);
    const row = await testDb.notification.findUniqueOrThrow({ where: { id: n.id } });
    expect(row.emailedAt).toBeNull();
    expect(row.emailError).toMatch(/ECONNREFUSED/);
    // The retry, once the server is back, sends it and clears the error.
    expect(
      await deliverNotificationEmail(testDb, { notificationId: n.id }, createMailer(`smtp://127.0.0.1:${port}`, 'desk@example.test')),
    ).toBe('sent');
    expect((await testDb.notification.findUniqueOrThrow({ where: { id: n.id } })).emailError).toBeNull();
  });

  it('does nothing while e-mail is not configured', async () => {
    const team = await createTeam();
    const n = await notificationFor(team.editor2, team.editor);
    expect(await deliverNotificationEmail(testDb, { notificationId: n.id })).toBe('mail-off');
  });
});

describe('daily digest', () => {
  it('lists the day’s notifications of the daily kinds in one e-mail, once; a failure records nothing', async () => {
    const team = await createTeam();
    await testDb.notificationPreference.create({ data: { userId: team.editor2.id, kind: 'REVIEW_REQUESTED', email: 'DAILY' } });
    const first = await notificationFor(team.editor2, team.editor, 'First claim of the day');
    await notificationFor(team.editor2, team.editor, 'Second claim of the day');
    const day = first.createdAt.toISOString().slice(0, 10);
    expect(await listDigestRecipients(testDb, day)).toContain(team.editor2.id);
    const down = createMailer(`smtp://127.0.0.1:${await deadPort()}`, 'desk@example.test');
    await expect(sendDailyDigest(testDb, { userId: team.editor2.id, day }, down)).rejects.toThrow();
    expect(await testDb.digestDelivery.count({ where: { userId: team.editor2.id } })).toBe(0);
    const mailer = createMailer(`smtp://127.0.0.1:${port}`, 'desk@example.test');
    const before = inbox.length;
    expect(await sendDailyDigest(testDb, { userId: team.editor2.id, day }, mailer)).toBe('sent');
    expect(await sendDailyDigest(testDb, { userId: team.editor2.id, day }, mailer)).toBe('already-sent');
    const arrived = inbox.slice(before);
    expect(arrived).toHaveLength(1);
    const text = decoded(arrived[0]?.raw ?? '');
    expect(text).toContain('First claim of the day');
    expect(text).toContain('Second claim of the day');
    expect(text).toContain(`Your 2 notifications of ${day} (UTC):`);
  });
});
