import { describe, expect, it } from 'vitest';
import { handleAtCaret, handleOf, mentionedHandles } from './mentions';

describe('mentions', () => {
  it('take the handle from the e-mail address', () => {
    expect(handleOf('Editor2@Example.org')).toBe('editor2');
  });

  it('find each mentioned handle once, lower-cased, without a full stop after it', () => {
    expect(mentionedHandles('@Editor2 please call them. cc @dewi.s, @editor2.')).toEqual(['editor2', 'dewi.s']);
  });

  it('do not read an e-mail address or a doubled @ as a mention', () => {
    expect(mentionedHandles('write to press@ministry.go.id or @@admin')).toEqual([]);
  });

  it('say which handle is being typed at the caret', () => {
    expect(handleAtCaret('ask @edi', 8)).toBe('edi');
    expect(handleAtCaret('ask @', 5)).toBe('');
    expect(handleAtCaret('mail a@b', 8)).toBeNull();
    expect(handleAtCaret('ask @editor2 now', 16)).toBeNull();
  });
});
