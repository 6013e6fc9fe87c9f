import { describe, expect, it } from 'vitest';
import { stepEdge } from './word-steps';

const text = 'Media Armenia mengatakan, 3 warga sipil tewas.';
const span = { start: 26, end: 39 }; // "3 warga sipil"

describe('stepEdge', () => {
  it('grows and shrinks the quote a word at a time', () => {
    expect(text.slice(...(Object.values(stepEdge(text, span, 'end', 'forward')) as [number, number]))).toBe('3 warga sipil tewas.');
    expect(text.slice(...(Object.values(stepEdge(text, span, 'start', 'back')) as [number, number]))).toBe('mengatakan, 3 warga sipil');
    expect(text.slice(...(Object.values(stepEdge(text, span, 'start', 'forward')) as [number, number]))).toBe('warga sipil');
    expect(text.slice(...(Object.values(stepEdge(text, span, 'end', 'back')) as [number, number]))).toBe('3 warga');
  });
  it('never empties the quote', () => {
    const one = { start: 26, end: 27 };
    expect(stepEdge(text, one, 'start', 'forward')).toEqual(one);
    expect(stepEdge(text, one, 'end', 'back')).toEqual(one);
  });
});
