// Article metadata and body as the importer and the correction form submit them.
import { z } from 'zod';
import { normalizeLineEndings } from '@/lib/line-endings';
import { parseOffsetDateTime } from '@/lib/offset-date-time';
import { refuseNul, stripNul } from './nul';

export const MAX_BODY_BYTES = 1024 * 1024;

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'Validation.tooLong')
    .transform((value) => (value === '' ? null : value));

/** Browsers submit textareas with CRLF line ends; claims point into the body, so store LF only. */
export const normalizeBody = (body: string) => normalizeLineEndings(body).replace(/^\n+|\s+$/g, '');

export const articleBodySchema = z
  .string({ error: 'Validation.articleBodyMissing' })
  // Article text comes from outside: a NUL is dropped, not refused (see ./nul.ts).
  .transform((body) => normalizeBody(stripNul(body)))
  .refine((body) => body.trim().length > 0, 'Validation.articleBodyEmpty')
  .refine((body) => byteLength(body) <= MAX_BODY_BYTES, 'Validation.articleBodyTooLarge');

export const articleMetadataSchema = z.object({
  title: z.string().trim().min(1, 'Validation.headlineRequired').max(500, 'Validation.tooLong'),
  url: optionalText(2000).refine((url) => url === null || /^https?:\/\/\S+$/i.test(url), 'Validation.webAddress'),
  publisher: optionalText(200),
  author: optionalText(300),
  publishedAt: optionalText(40).refine((value) => value === null || parseOffsetDateTime(value) !== null, 'Validation.offsetDate'),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'Validation.languageCode'),
  dateline: optionalText(100),
  originalSource: optionalText(200),
});

export const createArticleSchema = refuseNul(
  articleMetadataSchema.extend({
    body: articleBodySchema,
    rawInputBase64: z
      .string({ error: 'Validation.rawInputMissing' })
      .max(Math.ceil((MAX_BODY_BYTES * 4) / 3) + 4, 'Validation.rawInputTooLarge')
      .transform((encoded, context) => {
        const bytes = Buffer.from(encoded, 'base64');
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        if (bytes.length === 0 || bytes.length > MAX_BODY_BYTES || bytes.toString('base64') !== encoded) {
          context.addIssue({ code: 'custom', message: 'Validation.rawInputDamaged' });
          return z.NEVER;
        }
        // Kept as it came, except for NUL, which PostgreSQL text cannot hold.
        return stripNul(text);
      }),
    inputKind: z.string().trim().min(1).max(255),
  }),
);

export const updateArticleSchema = refuseNul(articleMetadataSchema.extend({ body: articleBodySchema }));

/** Prisma data for the metadata fields (date split into instant + offset). */
export function metadataToData(metadata: z.infer<typeof articleMetadataSchema>) {
  const { publishedAt, ...rest } = metadata;
  const parsed = publishedAt ? parseOffsetDateTime(publishedAt) : null;
  return { ...rest, publishedAt: parsed?.instant ?? null, publishedUtcOffset: parsed?.offsetMinutes ?? null };
}
