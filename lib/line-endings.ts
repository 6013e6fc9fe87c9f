// Windows (CRLF) and old-Mac (lone CR) line ends become LF. Browsers submit textareas with CRLF, and
// everything stored, quoted and measured by offset uses LF, so this is the one place that decides it.
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
