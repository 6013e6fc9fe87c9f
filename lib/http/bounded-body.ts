// Reads a request body as text, but never more than a limit: the declared Content-Length is not
// enough, since a chunked body declares none and would otherwise be buffered whole. The stream is
// read chunk by chunk and abandoned as soon as it passes the limit.

/** The body as UTF-8 text, or null when it is larger than `maxBytes`. */
export async function readBoundedText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
