// The public site's texts: ADMIN only, limits enforced, every save audited with the changed fields,
// a stale save refused.
import { describe, expect, it } from 'vitest';
import { updateSiteSettingsAction } from '@/lib/actions/site-settings';
import { SETTINGS_LIMITS } from '@/lib/site/settings-fields';
import { createUser, formData, testDb } from '../support/factories';
import { actAs } from '../support/session-double';

const current = () => testDb.siteSettings.findUniqueOrThrow({ where: { id: 1 } });

describe('updateSiteSettingsAction', () => {
  it('refuses an editor and changes nothing', async () => {
    const before = await current();
    actAs(await createUser('EDITOR'));
    expect(await updateSiteSettingsAction(null, formData({ version: String(before.version), funding: 'Nobody' }))).toMatchObject({
      ok: false,
    });
    expect(await current()).toEqual(before);
  });

  it('refuses a text over its limit, an invalid address or logo, and changes nothing', async () => {
    const before = await current();
    actAs(await createUser('ADMIN'));
    const version = String(before.version);
    const tooLong = await updateSiteSettingsAction(null, formData({ version, about: 'x'.repeat(SETTINGS_LIMITS.about + 1) }));
    expect(tooLong).toMatchObject({ ok: false, errors: { about: [expect.stringMatching(/at most/)] } });
    expect(await updateSiteSettingsAction(null, formData({ version, contactEmail: 'nope' }))).toMatchObject({ ok: false });
    expect(await updateSiteSettingsAction(null, formData({ version, logoUrl: 'javascript:alert(1)' }))).toMatchObject({ ok: false });
    expect(await current()).toEqual(before);
  });

  it('saves, records the changed fields with the admin, and refuses a save from a stale form', async () => {
    const admin = await createUser('ADMIN');
    actAs(admin);
    const before = await current();
    const fields = { ...before, version: String(before.version), funding: '<b>Readers</b> & grants' };
    const { id: _id, updatedAt: _u, ...form } = fields;
    expect(await updateSiteSettingsAction(null, formData(form))).toMatchObject({ ok: true });
    const after = await current();
    expect(after).toMatchObject({ funding: '<b>Readers</b> & grants', version: before.version + 1 });
    const event = await testDb.siteSettingsEvent.findFirstOrThrow({ where: { actorId: admin.id } });
    expect(event).toMatchObject({ before: { funding: before.funding }, after: { funding: '<b>Readers</b> & grants' } });
    // The same form again: it names the old version.
    expect(await updateSiteSettingsAction(null, formData({ ...form, funding: 'Other' }))).toMatchObject({ ok: false });
    expect((await current()).funding).toBe('<b>Readers</b> & grants');
  });
});
