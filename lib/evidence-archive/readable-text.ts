// The readable text and title of a captured page, for the desk, the archive banner and the watch's
// comparison. HTML goes through the importer's own parser (Readability), in a worker thread with
// its time and memory limits, so a hostile page costs the job a bounded slice and never the
// worker process. A page that parser refuses (too complex, too slow) still gets its plain text,
// read in one linear pass without building a document.
import { Parser } from 'htmlparser2';
import { runInParseWorker } from '@/lib/articles/parse-in-worker';

export type BodyKind = 'html' | 'pdf' | 'text' | 'other';

export function kindOfContent(contentType: string | null, body: Buffer): BodyKind {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/pdf' || body.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return 'other';
}

/** Decodes a page by the charset its header or its first bytes declare; UTF-8 otherwise. */
export function decodePage(contentType: string | null, body: Buffer): string {
  const declared =
    /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(body.subarray(0, 4096).toString('latin1'))?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(declared).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/** Plain text of any HTML, in one pass: what is left when the article parser refuses a page. */
export function plainTextOf(html: string): { title: string | null; text: string } {
  let depthSkipped = 0;
  let inTitle = false;
  let title = '';
  const parts: string[] = [];
  const parser = new Parser({
    onopentagname(name) {
      if (name === 'title') inTitle = true;
      if (SKIPPED.has(name)) depthSkipped++;
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      if (SKIPPED.has(name) && depthSkipped > 0) depthSkipped--;
      if (/^(p|div|li|h[1-6]|br|tr|section|article)$/.test(name)) parts.push('\n');
    },
    ontext(text) {
      if (inTitle) title += text;
      else if (depthSkipped === 0) parts.push(text);
    },
  });
  parser.end(html);
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { title: title.replace(/\s+/g, ' ').trim() || null, text };
}

export async function readableTextOf(
  kind: BodyKind,
  contentType: string | null,
  body: Buffer,
): Promise<{ title: string | null; text: string | null }> {
  if (kind === 'text') return { title: null, text: decodePage(contentType, body) };
  if (kind !== 'html') return { title: null, text: null };
  const html = decodePage(contentType, body);
  const plain = plainTextOf(html);
  const parsed = await runInParseWorker({ kind: 'parse', raw: html, options: { kind: 'html' } }).catch(() => null);
  if (parsed?.ok && parsed.article.body.trim()) return { title: parsed.article.title ?? plain.title, text: parsed.article.body };
  return plain;
}
