import { describe, expect, it } from 'vitest';
import { EMPTY_SITE_TEXTS, settingsChanges } from './settings-fields';

describe('settingsChanges', () => {
  it('records only the fields that changed', () => {
    const after = { ...EMPTY_SITE_TEXTS, funding: 'Reader donations', about: '' };
    expect(settingsChanges(EMPTY_SITE_TEXTS, after)).toEqual({ before: { funding: '' }, after: { funding: 'Reader donations' } });
  });
  it('says nothing changed when nothing did', () => {
    expect(settingsChanges(EMPTY_SITE_TEXTS, { ...EMPTY_SITE_TEXTS })).toBeNull();
  });
});
