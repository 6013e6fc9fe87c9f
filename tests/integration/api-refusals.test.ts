// The JSON APIs refuse in the caller's language, with a machine code that is the same in every
// language: /api/login (its body reader), /api/desk-sources (the signed-in editor's profile
// language first) and /api/public-sources (a reader's cookie or browser).
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/login/route';
import { GET as deskSources } from '@/app/api/desk-sources/route';
import { GET as publicSources } from '@/app/api/public-sources/route';
import { createTeam, testDb } from '../support/factories';
import { actAs, actAsNobody } from '../support/session-double';

let team: Awaited<ReturnType<typeof createTeam>>;

beforeAll(async () => {
  team = await createTeam();
});

const loginPost = (body: string, headers: Record<string, string>) =>
  login(new Request('http://localhost/api/login', { method: 'POST', body, headers: { 'sec-fetch-site': 'same-origin', ...headers } }));

async function refusal(response: Response) {
  return { status: response.status, ...((await response.json()) as { code: string; error: string }) };
}

describe('/api/login', () => {
  it('says a malformed body is refused in the language the caller asks for', async () => {
    const json = { 'content-type': 'application/json' };
    expect(await refusal(await loginPost('[1]', { ...json, 'accept-language': 'id' }))).toEqual({
      status: 400,
      code: 'notJsonObject',
      error: 'Isi permintaan bukan objek JSON.',
    });
    expect(await refusal(await loginPost('x'.repeat(5000), { ...json, cookie: 'NEXT_LOCALE=id' }))).toEqual({
      status: 413,
      code: 'tooLarge',
      error: 'Permintaan terlalu besar.',
    });
    expect(await refusal(await loginPost('email=a', { 'content-type': 'text/plain', 'accept-language': 'id' }))).toMatchObject({
      status: 415,
      code: 'unsupportedType',
      error: 'Kirim formulir sebagai JSON atau sebagai formulir URL-encoded.',
    });
    // A script that asks for no language gets English, whatever DEFAULT_LOCALE is.
    expect(await refusal(await loginPost('[1]', json))).toMatchObject({
      code: 'notJsonObject',
      error: 'The request body is not a JSON object.',
    });
  });
});

describe('/api/desk-sources', () => {
  const ask = (q: string, headers: Record<string, string> = {}) =>
    deskSources(new Request(`http://localhost/api/desk-sources?q=${encodeURIComponent(q)}`, { headers }));

  it('refuses a visitor who is not signed in in their browser’s language', async () => {
    actAsNobody();
    expect(await refusal(await ask('armen', { 'accept-language': 'id-ID,id;q=0.9' }))).toEqual({
      status: 401,
      code: 'signedOut',
      error: 'Anda belum masuk. Masuk lalu coba lagi.',
    });
  });

  it('says a too long name in the editor’s profile language, over the browser’s', async () => {
    await testDb.user.update({ where: { id: team.editor.id }, data: { locale: 'id' } });
    try {
      actAs(team.editor);
      expect(await refusal(await ask('x'.repeat(201), { 'accept-language': 'en' }))).toEqual({
        status: 400,
        code: 'sourceNameTooLong',
        error: 'Ketik paling banyak 200 karakter dari nama sumber.',
      });
    } finally {
      await testDb.user.update({ where: { id: team.editor.id }, data: { locale: null } });
    }
    expect(await refusal(await ask('x'.repeat(201), { 'accept-language': 'en' }))).toMatchObject({
      error: "Type at most 200 characters of a source's name.",
    });
  });
});

describe('/api/public-sources', () => {
  it('says a too long name in the reader’s language', async () => {
    const response = await publicSources(
      new Request(`http://localhost/api/public-sources?q=${'x'.repeat(101)}`, { headers: { cookie: 'NEXT_LOCALE=id' } }),
    );
    expect(await refusal(response)).toEqual({
      status: 400,
      code: 'sourceNameTooLong',
      error: 'Ketik paling banyak 100 karakter dari nama sumber.',
    });
  });
});
