// What the ADMIN's settings form submits: the public site's texts, each within its limit. Messages
// are catalogue keys, said in the admin's language by the action wrapper.
import { z } from 'zod';
import { isSafeHttpUrl } from '@/lib/claims/explanation';
import { normalizeLineEndings } from '@/lib/line-endings';
import { SETTINGS_LIMITS } from '@/lib/site/settings-fields';
import { refuseNul } from './nul';

const text = (max: number) =>
  z
    .string()
    .default('')
    .transform(normalizeLineEndings)
    .pipe(z.string().max(max, 'Validation.tooLong'))
    .transform((s) => s.trim());

export const siteSettingsSchema = refuseNul(
  z.object({
    version: z.coerce.number({ error: 'Validation.versionMissing' }).int().min(1, 'Validation.versionMissing'),
    about: text(SETTINGS_LIMITS.about),
    contactEmail: z
      .string()
      .default('')
      .transform((s) => s.trim().toLowerCase())
      .pipe(z.union([z.literal(''), z.email('Validation.emailInvalid').max(SETTINGS_LIMITS.contactEmail, 'Validation.emailTooLong')])),
    ownership: text(SETTINGS_LIMITS.ownership),
    funding: text(SETTINGS_LIMITS.funding),
    methodology: text(SETTINGS_LIMITS.methodology),
    correctionsPolicy: text(SETTINGS_LIMITS.correctionsPolicy),
    logoUrl: z
      .string()
      .default('')
      .transform((s) => s.trim())
      .pipe(z.string().max(SETTINGS_LIMITS.logoUrl, 'Validation.addressTooLong'))
      .refine((url) => url === '' || isSafeHttpUrl(url), 'Validation.fullWebAddress'),
  }),
);
