import { z } from 'zod';
import { aliasesFromText } from '@/lib/claims/merge-aliases';
import { normalizeSourceName } from '@/lib/claims/source-name';
import { SourceKind } from '@/lib/generated/prisma/enums';
import { isRecordId } from '@/lib/record-id';
import { refuseNul } from './nul';

export const MAX_SOURCE_NAME = 200;
export const MAX_ALIAS_LENGTH = 200;
export const MAX_ALIASES = 50;

export const renameSourceSchema = refuseNul(
  z.object({
    name: z
      .string({ error: 'Enter a name.' })
      .trim()
      .min(1, 'Enter a name.')
      .max(MAX_SOURCE_NAME, `Use at most ${MAX_SOURCE_NAME} characters.`)
      // The unique key is the normalised name: one made only of punctuation would be empty.
      .refine((name) => normalizeSourceName(name) !== '', 'Use at least one letter or digit.'),
    kind: z.enum(SourceKind, { error: 'Choose a kind.' }),
  }),
);

export const sourceAliasesSchema = refuseNul(
  z.object({
    aliases: z
      .string({ error: 'Enter the aliases, one per line.' })
      // A bound on the raw text before splitting it: 50 aliases of 200 characters fit with room to spare.
      .max(MAX_ALIASES * (MAX_ALIAS_LENGTH + 2) * 2, 'That is far too much text for the aliases.')
      .transform(aliasesFromText)
      .pipe(
        z
          .array(z.string().max(MAX_ALIAS_LENGTH, `Each alias may have at most ${MAX_ALIAS_LENGTH} characters.`))
          .max(MAX_ALIASES, `Use at most ${MAX_ALIASES} aliases.`),
      ),
  }),
);

export const mergeSourceSchema = refuseNul(
  z.object({
    targetId: z.string({ error: 'Choose the source to merge into.' }).refine(isRecordId, 'Choose the source to merge into.'),
    confirm: z.literal('yes', { error: 'Tick the box to confirm the merge.' }),
  }),
);
