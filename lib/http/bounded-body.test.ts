import { describe, expect, it } from 'vitest';
import { readBoundedText } from './bounded-body';

/** A POST whose body arrives in chunks with no Content-Length, as a chunked upload does. */
function chunked(parts: string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
  return new Request('http://localhost/x', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readBoundedText', () => {
  it('reads a body within the limit, chunked or not', async () => {
    expect(await readBoundedText(chunked(['{"a":', '"ü"}']), 100)).toBe('{"a":"ü"}');
    expect(await readBoundedText(new Request('http://localhost/x', { method: 'POST', body: 'abc' }), 3)).toBe('abc');
    expect(await readBoundedText(new Request('http://localhost/x', { method: 'POST' }), 3)).toBe('');
  });

  it('refuses a chunked body that passes the limit, without reading the rest', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const endless = new Request('http://localhost/x', { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(await readBoundedText(endless, 4096)).toBeNull();
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a body whose declared length is over the limit', async () => {
    const request = new Request('http://localhost/x', { method: 'POST', body: 'x'.repeat(10), headers: { 'content-length': '10' } });
    expect(await readBoundedText(request, 5)).toBeNull();
    expect(await readBoundedText(chunked(['x'.repeat(6)]), 5)).toBeNull();
  });
});
