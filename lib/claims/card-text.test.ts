import { describe, expect, it } from 'vitest';
import { cardText } from './card-text';

describe('cardText', () => {
  it('drops emoji and cuts long text at a word', () => {
    expect(cardText('Tank 🚀 hancur 👍🏽 ', 100)).toBe('Tank hancur');
    const long = cardText('kata '.repeat(50), 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith('kata…')).toBe(true);
  });
});
