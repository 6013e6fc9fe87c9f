// Checked in the browser before an import is sent. The server refuses anything over 1 MB with a
// message, but a request over the server-action body limit (3 MB, next.config.ts) never reaches the
// action: Next 16 rejects it inside its own handler with a bare 500 ("Body exceeded 3mb limit").
// So a big paste or file is stopped here, with the same words the server would use.
export const MAX_IMPORT_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

/** The message for an import that is too large to send, or null when it may be sent. */
export function importTooLargeMessage(data: FormData): string | null {
  const file = data.get('file');
  if (data.get('mode') === 'file') {
    return file instanceof Blob && file.size > MAX_IMPORT_BYTES ? 'The file is over 1 MB: that is not a news article.' : null;
  }
  const pasted = data.get('pasted');
  // Length first: most pastes are far below the limit and need no encoding.
  if (typeof pasted !== 'string' || pasted.length <= MAX_IMPORT_BYTES / 3) return null;
  return encoder.encode(pasted).length > MAX_IMPORT_BYTES
    ? "The pasted text is over 1 MB: that is not a news article. Paste only the article's page."
    : null;
}
