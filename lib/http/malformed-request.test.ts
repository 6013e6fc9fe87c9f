import { describe, expect, it } from 'vitest';
import { hasMalformedPercentEncoding, refuseBrokenPost } from './malformed-request';

describe('hasMalformedPercentEncoding', () => {
  it('finds broken escapes and leaves valid ones', () => {
    expect(hasMalformedPercentEncoding('/claims/%E0%A4%A/x')).toBe(true);
    expect(hasMalformedPercentEncoding('/sources/%')).toBe(true);
    expect(hasMalformedPercentEncoding('/claims/%F0%9F%99%82/x')).toBe(false);
    expect(hasMalformedPercentEncoding('/claims/abc/jembatan-runtuh')).toBe(false);
  });
});

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request('http://localhost/desk/articles/new', { method: 'POST', body, headers });

describe('refuseBrokenPost', () => {
  it('answers 400 for a multipart body that cannot be parsed, with a message', async () => {
    const response = await refuseBrokenPost(
      post('--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nbroken', { 'content-type': 'multipart/form-data; boundary=XYZ' }),
    );
    expect(response?.status).toBe(400);
    expect(await response?.text()).toMatch(/could not be read/);
    expect((await refuseBrokenPost(post('garbage', { 'content-type': 'multipart/form-data' })))?.status).toBe(400);
  });

  it('says its refusals in the visitor’s language', async () => {
    const broken = await refuseBrokenPost(post('garbage', { 'content-type': 'multipart/form-data' }), 'id');
    expect(await broken?.text()).toBe('Data formulir tidak dapat dibaca: bukan multipart/form-data yang sah.\n');
    const big = post('x', { 'next-action': 'abc', 'content-length': String(20 * 1024 * 1024), 'content-type': 'text/plain' });
    expect(await (await refuseBrokenPost(big, 'id'))?.text()).toMatch(/^Formulir terlalu besar untuk dikirim/);
  });

  it('answers 413 for a server-action body over the limit, by its declared length', async () => {
    const response = await refuseBrokenPost(
      post('x', { 'next-action': 'abc', 'content-length': String(20 * 1024 * 1024), 'content-type': 'text/plain' }),
    );
    expect(response?.status).toBe(413);
  });

  it('answers 403 for a form or a server action posted from another site, and lets the same site through', async () => {
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example', host: 'claimdesk.test' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const from of crossSite) {
      const asAction = await refuseBrokenPost(post('[]', { ...from, 'next-action': 'abc', 'content-type': 'text/plain' }));
      expect(asAction?.status, JSON.stringify(from)).toBe(403);
      expect(await asAction?.text()).toBe('This form can only be sent from the ClaimDesk page that shows it.\n');
      const asForm = await refuseBrokenPost(post('x', { ...from, 'content-type': 'multipart/form-data; boundary=XYZ' }));
      expect(asForm?.status, JSON.stringify(from)).toBe(403);
    }
    const sameSite = { origin: 'https://claimdesk.test', host: 'claimdesk.test', 'sec-fetch-site': 'same-origin' };
    expect(await refuseBrokenPost(post('[]', { ...sameSite, 'next-action': 'abc', 'content-type': 'text/plain' }))).toBeNull();
    // Not a form: a JSON POST is for the route's own check (/api/login answers its own 403).
    expect(await refuseBrokenPost(post('{}', { ...crossSite[0], 'content-type': 'application/json' }))).toBeNull();
  });

  it('lets a well-formed form through, still readable', async () => {
    const form = new FormData();
    form.append('title', 'Jembatan');
    const request = post(form, {});
    expect(await refuseBrokenPost(request)).toBeNull();
    expect((await request.formData()).get('title')).toBe('Jembatan');
  });
});
