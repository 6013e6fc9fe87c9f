import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARACTERS } from './limits';
import { normalizeQuery } from './normalize-query';

describe('normalizeQuery', () => {
  it('drops links, and keeps who posted an embedded tweet and its month and year, not the handle or day', () => {
    const tweet =
      'Obama’s poll numbers are in tailspin https://t.co/abc pic.twitter.com/xyz — Donald J. Trump (@realDonaldTrump) October 9, 2012';
    expect(normalizeQuery(tweet).text).toBe('Obama’s poll numbers are in tailspin Donald J. Trump October 2012');
  });

  it('spells out hashtags and handles as words, also when hashtags or a picture link are glued on', () => {
    expect(normalizeQuery('#CoronaVirusOutbreak hits @WHOnews #Covid19').text).toBe('Corona Virus Outbreak hits WHOnews Covid 19');
    expect(normalizeQuery('Son#ImpeachTrump#StopTheHate at #G7Charlevoix #TicketTuesdaypic.twitter.com/TlOXW').text).toBe(
      'Son Impeach Trump Stop The Hate at G 7 Charlevoix Ticket Tuesday',
    );
  });

  it('cuts a 100 kB paste and says so', () => {
    const result = normalizeQuery('banjir '.repeat(15_000));
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARACTERS);
  });

  it('keeps a short statement as it is, apart from spacing and control characters', () => {
    expect(normalizeQuery('  Harga\u0000 beras\n naik 20%  ')).toEqual({ text: 'Harga beras naik 20%', truncated: false });
  });
});
