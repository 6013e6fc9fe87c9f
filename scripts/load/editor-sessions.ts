// The load test's editors: one EDITOR account and one draft claim each, made in the database, and
// a session cookie minted the way Auth.js makes it (sign-ins are throttled per account and address,
// and the load test is about saving, not signing in; the login has its own tests).
import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import pg from 'pg';

const COOKIE = 'authjs.session-token';

export async function editorSessions(url: string, count: number, secret: string): Promise<{ cookie: string; claimId: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const claims = await client.query<{ id: string }>(
      `SELECT id FROM "Claim" WHERE publication = 'DRAFT' AND "deletedAt" IS NULL ORDER BY id LIMIT $1`,
      [count],
    );
    if (claims.rows.length < count) throw new Error(`only ${claims.rows.length} draft claims to edit; ${count} needed`);
    const sessions = [];
    for (let i = 0; i < count; i++) {
      const id = `load-editor-${i + 1}`;
      // No password can match this hash: these accounts sign in only through the minted cookie.
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, '!', 'EDITOR', now())`,
        [id, `${id}@load.test`, `Load Editor ${i + 1}`],
      );
      // A session id and sign-in time, as Auth.js's sign-in gives them (lib/auth/config.ts).
      const session = { sid: randomUUID(), sat: Math.floor(Date.now() / 1000) };
      const token = { sub: id, role: 'EDITOR', sv: 0, name: `Load Editor ${i + 1}`, email: `${id}@load.test`, ...session };
      const cookie = `${COOKIE}=${await encode({ token, secret, salt: COOKIE, maxAge: 3600 })}`;
      sessions.push({ cookie, claimId: claims.rows[i]!.id });
    }
    return sessions;
  } finally {
    await client.end();
  }
}
