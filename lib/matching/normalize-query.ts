// Cleans a text before it is matched: what a person pasted (a tweet, a statement, a paragraph)
// carries addresses, handles, hashtags and embed signatures that are not part of the claim.
// Pure; the result is what is tokenised and what trigram similarity compares.
import { MAX_QUERY_CHARACTERS } from './limits';

export interface NormalizedQuery {
  text: string;
  /** The input was longer than MAX_QUERY_CHARACTERS and was cut. */
  truncated: boolean;
}

// A picture link is often glued to the word before it ("#TicketTuesdaypic.twitter.com/..."): no \b.
const URL = /\b(?:https?:\/\/|www\.)\S+|pic\.twitter\.com\/\S+/giu;
// An embedded tweet ends "— Name (@handle) January 6, 2020". Who posted it is often who the
// claim is about ("Ilhan Omar said..."), and month and year often date it ("In January 2020, ..."):
// both are kept as words; the dash, the handle and the day are not.
const EMBED_SIGNATURE = /[—–-]\s*([^—–\n]{0,80}?)\s*\(@\w{1,30}\)\s*(\p{L}+)\.?\s+\d{1,2},\s+(\d{4})\s*$/u;
const HANDLE = /(^|[^\w@])@(\w{1,30})/gu;
// Hashtags often come glued together ("#ImpeachTrump#StopTheHate"): each one is spelled out.
const HASHTAG = /#(\w+)/gu;
const CONTROL = /[\p{Cc}\p{Cf}]+/gu;

/** "#CoronaVirusOutbreak" -> "Corona Virus Outbreak": the words a claim would spell out. */
function splitCamelCase(word: string): string {
  return word
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L}{2})/gu, '$1 $2');
}

export function normalizeQuery(input: string): NormalizedQuery {
  const truncated = input.length > MAX_QUERY_CHARACTERS;
  let text = (truncated ? input.slice(0, MAX_QUERY_CHARACTERS) : input).normalize('NFKC');
  text = text.replace(CONTROL, ' ').replace(URL, ' ');
  text = text.replace(EMBED_SIGNATURE, (_m, author: string, month: string, year: string) => ` ${author} ${month} ${year} `);
  text = text.replace(HANDLE, (_m, before: string, handle: string) => `${before}${splitCamelCase(handle)}`);
  text = text.replace(HASHTAG, (_m, tag: string) => ` ${splitCamelCase(tag)}`);
  return { text: text.replace(/\s+/gu, ' ').trim(), truncated };
}
