// Reads a small JSON or form body with a hard size limit, so oversized or malformed requests get a
// clear 4xx instead of being buffered whole or crashing the parser. Refusals are catalogue keys
// (ApiRefusal.*): the route says them in the caller's language.
import { readBoundedText } from './bounded-body';

export type BodyRefusalKey = 'ApiRefusal.tooLarge' | 'ApiRefusal.notJsonObject' | 'ApiRefusal.unsupportedType';
export type BodyResult = { ok: true; data: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; message: BodyRefusalKey };

export async function readSmallBody(request: Request, maxBytes: number): Promise<BodyResult> {
  const text = await readBoundedText(request, maxBytes);
  if (text === null) return { ok: false, status: 413, message: 'ApiRefusal.tooLarge' };
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return { ok: true, data: parsed as Record<string, unknown> };
    } catch {
      // fall through to the message below
    }
    return { ok: false, status: 400, message: 'ApiRefusal.notJsonObject' };
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    return { ok: true, data: Object.fromEntries(new URLSearchParams(text)) };
  }
  return { ok: false, status: 415, message: 'ApiRefusal.unsupportedType' };
}
