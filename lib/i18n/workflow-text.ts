// The verification workflow's refusals in the editor's language. The rules (lib/claims/workflow.ts)
// word their refusals in English; this reads each one back into its catalogue key, lists of what a
// claim lacks included, and says it in the wanted language. The English catalogue holds the same
// words as the rules, and workflow-text.test.ts runs every refusal the rules can give through here,
// so a reworded rule fails that test instead of reaching an Indonesian editor in English.
import { MIN_REASON_LENGTH } from '@/lib/claims/workflow';
import type { Locale } from './locales';
import { MESSAGES } from './messages';
import { translatorFor, type Translator } from './localise';

type Workflow = (typeof MESSAGES)['en']['Workflow'];
type Fixed = Exclude<keyof Workflow, 'wrongState' | 'missing' | 'beforeSubmit' | 'beforePublish' | 'mustKeep'>;
type WrongState = keyof Workflow['wrongState'];
type Missing = keyof Workflow['missing'];
type Listing = 'beforeSubmit' | 'beforePublish' | 'mustKeep';

const english = translatorFor('en');
const values = { minimum: MIN_REASON_LENGTH };
const FIXED = [
  'frozen',
  'correctionWhy',
  'ownVerdictAdmin',
  'ownVerdict',
  'ownSubmission',
  'changedInReview',
  'publishAloneWhy',
  'unpublishWhy',
] as const satisfies Fixed[];
const WRONG_STATES = Object.keys(MESSAGES.en.Workflow.wrongState) as WrongState[];
const MISSING = Object.keys(MESSAGES.en.Workflow.missing) as Missing[];
const LISTINGS = ['beforeSubmit', 'beforePublish', 'mustKeep'] as const satisfies Listing[];

/** Each listing's English words around "{missing}", to find the list inside a refusal. */
function frame(key: Listing): [string, string] {
  const [head = '', tail = ''] = MESSAGES.en.Workflow[key].split('{missing}');
  return [head, tail];
}

/** One item of what a claim lacks ("a verdict"), in `locale`; unknown words stay as they are. */
export function localiseMissing(locale: Locale, item: string): string {
  const key = MISSING.find((k) => english(`Workflow.missing.${k}`) === item);
  return key ? translatorFor(locale)(`Workflow.missing.${key}`) : item;
}

function listing(t: Translator, locale: Locale, message: string): string | null {
  for (const key of LISTINGS) {
    const [head, tail] = frame(key);
    if (!message.startsWith(head) || !message.endsWith(tail)) continue;
    const items = message.slice(head.length, message.length - tail.length).split(', ');
    const said = items.map((item) => localiseMissing(locale, item));
    if (said.some((item, i) => locale !== 'en' && item === items[i])) return null;
    return t(`Workflow.${key}`, { missing: said.join(', ') });
  }
  return null;
}

/** A workflow refusal in `locale`; a message it does not know is passed through unchanged. */
export function localiseWorkflow(locale: Locale, message: string): string {
  const t = translatorFor(locale);
  const fixed = FIXED.find((key) => english(`Workflow.${key}`, values) === message);
  if (fixed) return t(`Workflow.${fixed}`, values);
  const state = WRONG_STATES.find((key) => english(`Workflow.wrongState.${key}`) === message);
  if (state) return t(`Workflow.wrongState.${state}`);
  return listing(t, locale, message) ?? message;
}
