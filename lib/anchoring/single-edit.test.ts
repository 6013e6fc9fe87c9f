import { describe, expect, it } from 'vitest';
import { editTouchesOldSpan, findSingleEdit, mapOffset, spanOverlapsEditResult } from './single-edit';

describe('findSingleEdit', () => {
  it('returns null for identical texts', () => {
    expect(findSingleEdit('sama', 'sama')).toBeNull();
  });

  it('finds a typo fix', () => {
    // "pemerintha" -> "pemerintah": the two swapped letters are the replaced range.
    expect(findSingleEdit('kata pemerintha daerah', 'kata pemerintah daerah')).toEqual({
      start: 13,
      oldEnd: 15,
      newEnd: 15,
    });
  });

  it('finds an inserted paragraph as a pure insertion', () => {
    const edit = findSingleEdit('Satu.\n\nDua.', 'Satu.\n\nBaru.\n\nDua.');
    expect(edit).not.toBeNull();
    expect(edit && edit.oldEnd - edit.start).toBe(0);
    expect(edit && edit.newEnd - edit.start).toBe('Baru.\n\n'.length);
  });

  it('never splits an emoji that shares its high surrogate with the replacement', () => {
    // 😀 (D83D DE00) and 😁 (D83D DE01) share their first code unit.
    const edit = findSingleEdit('a😀b', 'a😁b');
    expect(edit).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
  });
});

describe('mapOffset', () => {
  const edit = { start: 10, oldEnd: 14, newEnd: 20 }; // 4 units replaced by 10

  it('keeps offsets before the edit and shifts offsets after it', () => {
    expect(mapOffset(edit, 3)).toBe(3);
    expect(mapOffset(edit, 10)).toBe(10);
    expect(mapOffset(edit, 14)).toBe(20);
    expect(mapOffset(edit, 30)).toBe(36);
  });

  it('uses bias at a pure insertion point', () => {
    const insertion = { start: 5, oldEnd: 5, newEnd: 9 };
    expect(mapOffset(insertion, 5, 'before')).toBe(5);
    expect(mapOffset(insertion, 5, 'after')).toBe(9);
  });

  it('clamps offsets inside a shrinking replacement', () => {
    const shrink = { start: 10, oldEnd: 20, newEnd: 12 };
    expect(mapOffset(shrink, 15)).toBe(12);
  });

  it('is the identity without an edit', () => {
    expect(mapOffset(null, 42)).toBe(42);
  });
});

describe('span tests against an edit', () => {
  it('treats an insertion at a span edge as not touching it', () => {
    const insertion = { start: 5, oldEnd: 5, newEnd: 9 };
    expect(editTouchesOldSpan(insertion, 5, 8)).toBe(false);
    expect(editTouchesOldSpan(insertion, 2, 5)).toBe(false);
    expect(editTouchesOldSpan(insertion, 2, 8)).toBe(true);
  });

  it('sees a new span that straddles a deletion point as produced by the edit', () => {
    const deletion = { start: 5, oldEnd: 40, newEnd: 5 };
    expect(spanOverlapsEditResult(deletion, 3, 7)).toBe(true);
    expect(spanOverlapsEditResult(deletion, 5, 7)).toBe(false);
  });
});
