import { z } from 'zod';
import { aliasesFromText } from '@/lib/claims/merge-aliases';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { isRecordId } from '@/lib/record-id';
import { refuseNul } from './nul';

export const MAX_SOURCE_NAME = 200;
export const MAX_ALIAS_LENGTH = 200;
export const MAX_ALIASES = 50;
export const MAX_SAME_AS = 10;
export const MAX_SAME_AS_URL = 500;

/** An absolute http(s) address, as ClaimReview's sameAs needs (a Wikidata page, an official site). */
function isWebAddress(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !url.username && !url.password;
}

export const renameSourceSchema = refuseNul(
  z.object({
    name: z
      .string({ error: 'Validation.nameRequired' })
      .trim()
      .min(1, 'Validation.nameRequired')
      .max(MAX_SOURCE_NAME, 'Validation.tooLong')
      // The unique key is the normalised name: one made only of punctuation would be empty.
      .refine((name) => normalizeSourceName(name) !== '', 'Validation.letterOrDigit'),
    kind: z.enum(SourceKind, { error: 'Validation.chooseKind' }),
  }),
);

export const sourceAliasesSchema = refuseNul(
  z.object({
    aliases: z
      .string({ error: 'Validation.aliasesRequired' })
      // A bound on the raw text before splitting it: 50 aliases of 200 characters fit with room to spare.
      .max(MAX_ALIASES * (MAX_ALIAS_LENGTH + 2) * 2, 'Validation.aliasesTooMuch')
      .transform(aliasesFromText)
      .pipe(z.array(z.string().max(MAX_ALIAS_LENGTH, 'Validation.aliasTooLong')).max(MAX_ALIASES, 'Validation.tooManyAliases')),
  }),
);

export const sourceSameAsSchema = refuseNul(
  z.object({
    sameAs: z
      .string({ error: 'Validation.sameAsRequired' })
      .max(MAX_SAME_AS * (MAX_SAME_AS_URL + 2) * 2, 'Validation.sameAsTooMuch')
      .transform((text) => [
        ...new Set(
          text
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(
        z
          .array(z.string().max(MAX_SAME_AS_URL, 'Validation.sameAsTooLong').refine(isWebAddress, 'Validation.sameAsNotWeb'))
          .max(MAX_SAME_AS, 'Validation.tooManySameAs'),
      ),
  }),
);

export const mergeSourceSchema = refuseNul(
  z.object({
    targetId: z.string({ error: 'Validation.chooseMergeTarget' }).refine(isRecordId, 'Validation.chooseMergeTarget'),
    confirm: z.literal('yes', { error: 'Validation.confirmMerge' }),
  }),
);
