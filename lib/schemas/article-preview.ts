// What the import form submits for a preview: a pasted text or HTML page, or an uploaded file.
import { z } from 'zod';
import { normalizeLineEndings } from '@/lib/line-endings';

export const MAX_UPLOAD_BYTES = 1024 * 1024;
const CHOOSE_FILE = 'Validation.chooseFile';

// Each check stops the next (abort): one clear message for one problem.
const uploadedFile = z
  .instanceof(File, { error: CHOOSE_FILE })
  .refine((file) => file.size > 0, { message: CHOOSE_FILE, abort: true })
  .refine((file) => /\.(txt|html?|text)$/i.test(file.name), { message: 'Validation.fileType', abort: true })
  .refine((file) => file.size <= MAX_UPLOAD_BYTES, { message: 'Validation.fileTooLarge', abort: true });

export const previewArticleSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('file'), file: uploadedFile }),
    // The browser sends a textarea with CRLF line ends; what the editor pasted had LF.
    z.object({ mode: z.enum(['text', 'html']), pasted: z.string().optional().default('').transform(normalizeLineEndings) }),
  ],
  { error: 'Validation.chooseImportMode' },
);
