// What the discussion forms submit. Messages are catalogue keys, said in the editor's language.
import { z } from 'zod';
import { normalizeLineEndings } from '@/lib/line-endings';
import { RECORD_ID_PATTERN } from '@/lib/record-id';
import { refuseNul } from './nul';

export const MAX_COMMENT_LENGTH = 10_000;

const body = z
  .string({ error: 'Comments.bodyRequired' })
  .transform(normalizeLineEndings)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'Comments.bodyRequired').max(MAX_COMMENT_LENGTH, 'Comments.bodyTooLong'));

export const addCommentSchema = refuseNul(
  z.object({
    body,
    parentId: z
      .union([z.literal(''), z.string().regex(RECORD_ID_PATTERN, 'Comments.noSuchParent')])
      .optional()
      .default(''),
  }),
);

export const editCommentSchema = refuseNul(z.object({ body }));
export const deleteCommentSchema = z.object({});
