// Cleans a text before it is matched: what a person pasted (a tweet, a statement, a paragraph)
// carries addresses, handles, hashtags and embed signatures that are not part of the claim.
// Pure; the result is what is tokenised and what trigram similarity compares.
import { MAX_QUERY_CHARACTERS } from './limits';

export interface NormalizedQuery {
  text: string;
  /** The input was longer than MAX_QUERY_CHARACTERS and was cut. */
  truncated: boolean;
}

const URL = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+/giu;
// An embedded tweet ends "— Name (@handle) January 6, 2020": who posted it, not what it claims.
const EMBED_SIGNATURE = /[—–-]\s*[^—–\n]{0,80}\(@\w{1,30}\)\s*\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$/u;
const HANDLE = /(^|[^\w@])@(\w{1,30})/gu;
const HASHTAG = /(^|[^\w#])#(\w+)/gu;
const CONTROL = /[\p{Cc}\p{Cf}]+/gu;

/** "#CoronaVirusOutbreak" -> "Corona Virus Outbreak": the words a claim would spell out. */
function splitCamelCase(word: string): string {
  return word.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{L})(\p{N})/gu, '$1 $2');
}

export function normalizeQuery(input: string): NormalizedQuery {
  const truncated = input.length > MAX_QUERY_CHARACTERS;
  let text = (truncated ? input.slice(0, MAX_QUERY_CHARACTERS) : input).normalize('NFKC');
  text = text.replace(CONTROL, ' ').replace(URL, ' ');
  text = text.replace(EMBED_SIGNATURE, ' ');
  text = text.replace(HANDLE, (_m, before: string, handle: string) => `${before}${splitCamelCase(handle)}`);
  text = text.replace(HASHTAG, (_m, before: string, tag: string) => `${before}${splitCamelCase(tag)}`);
  return { text: text.replace(/\s+/gu, ' ').trim(), truncated };
}
