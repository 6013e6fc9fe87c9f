import { describe, expect, it } from 'vitest';
import { byteStream, refusal } from './response';

describe('byteStream', () => {
  it('reads a chunk only when asked, and stops the source when the client cancels', async () => {
    let produced = 0;
    let finished = false;
    async function* chunks() {
      try {
        for (;;) {
          produced++;
          yield await Promise.resolve(`page ${produced}\n`);
        }
      } finally {
        finished = true;
      }
    }
    const abort = new AbortController();
    const reader = byteStream(chunks(), abort).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('page 1\n');
    await reader.cancel();
    expect(abort.signal.aborted).toBe(true);
    expect(finished).toBe(true);
    // One chunk read, at most one more pulled ahead: never the unbounded rest.
    expect(produced).toBeLessThanOrEqual(2);
  });

  it('errors the stream, not closes it, when the source fails mid-way', async () => {
    async function* chunks() {
      yield await Promise.resolve('ok\n');
      throw new Error('database went away');
    }
    const reader = byteStream(chunks(), new AbortController()).getReader();
    await reader.read();
    await expect(reader.read()).rejects.toThrow('database went away');
  });
});

describe('refusal', () => {
  it('is one line of plain text with the status', async () => {
    const response = refusal(403, 'No.');
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('No.\n');
  });
});
