import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { isMessageKey, localise } from './localise';

describe('server-side messages in the editor language', () => {
  it('translates a catalogue key, with its values', () => {
    expect(localise('en', 'Validation.tooShort', { minimum: 10 })).toBe('Use at least 10 characters.');
    expect(localise('id', 'Validation.tooShort', { minimum: 10 })).toBe('Gunakan minimal 10 karakter.');
  });

  it('passes any other text through, and never treats a namespace or a prototype name as a message', () => {
    expect(localise('id', 'Saved.')).toBe('Saved.');
    expect(isMessageKey(MESSAGES.en, 'Validation')).toBe(false);
    expect(isMessageKey(MESSAGES.en, 'Validation.toString')).toBe(false);
    expect(isMessageKey(MESSAGES.en, '__proto__.x')).toBe(false);
    expect(isMessageKey(MESSAGES.en, 'Validation.tooShort')).toBe(true);
  });
});
