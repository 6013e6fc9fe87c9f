// Checked in the browser before an import is sent. The server refuses anything over 1 MB with a
// message, but a request over the server-action body limit (3 MB, next.config.ts) never reaches the
// action: Next 16 rejects it inside its own handler with a bare 500 ("Body exceeded 3mb limit").
// So a big paste or file is stopped here, with the same words the server would use (the form says
// them in the editor's language: ImportArticle.fileTooLarge / pasteTooLarge in the catalogues).
export const MAX_IMPORT_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

export type ImportTooLarge = 'fileTooLarge' | 'pasteTooLarge';

/** Which refusal an import that is too large to send gets, or null when it may be sent. */
export function importTooLargeMessage(data: FormData): ImportTooLarge | null {
  const file = data.get('file');
  if (data.get('mode') === 'file') {
    return file instanceof Blob && file.size > MAX_IMPORT_BYTES ? 'fileTooLarge' : null;
  }
  const pasted = data.get('pasted');
  // Length first: most pastes are far below the limit and need no encoding.
  if (typeof pasted !== 'string' || pasted.length <= MAX_IMPORT_BYTES / 3) return null;
  return encoder.encode(pasted).length > MAX_IMPORT_BYTES ? 'pasteTooLarge' : null;
}
