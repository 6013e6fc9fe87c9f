// The public site's editable texts: their limits and what a save changed. Pure: no Next, no Prisma.

/** The longest text each field may hold (characters). */
export const SETTINGS_LIMITS = {
  about: 5000,
  contactEmail: 254,
  ownership: 2000,
  funding: 2000,
  methodology: 20000,
  correctionsPolicy: 10000,
  logoUrl: 2048,
} as const;

export type SettingsField = keyof typeof SETTINGS_LIMITS;
export const SETTINGS_FIELDS = Object.keys(SETTINGS_LIMITS) as SettingsField[];
export type SiteTexts = Record<SettingsField, string>;

export const EMPTY_SITE_TEXTS: SiteTexts = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, ''])) as SiteTexts;

/** The fields a save changes, before and after (the audit event holds only those). */
export function settingsChanges(before: SiteTexts, after: SiteTexts): { before: Partial<SiteTexts>; after: Partial<SiteTexts> } | null {
  const changed = SETTINGS_FIELDS.filter((field) => before[field] !== after[field]);
  if (changed.length === 0) return null;
  return {
    before: Object.fromEntries(changed.map((field) => [field, before[field]])),
    after: Object.fromEntries(changed.map((field) => [field, after[field]])),
  };
}
