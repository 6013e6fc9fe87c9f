// Audit events in words, in the reader's language: the claim's history, the desk's recent activity
// and conflict messages ("Dewi changed the status (status Unstarted → False)"). Events are stored as
// loose JSON (before/after of what changed), so every field is read defensively. Pure: the
// catalogues and the status table only, so it is unit-tested without Next or a database.
import type { ClaimEventKind, ClaimStatus, EvidenceRelation } from '@/lib/generated/prisma/enums';
import { CLAIM_STATUSES, statusLabel } from '@/lib/claims/status';
import { describeLostReason } from './anchoring-text';
import { describeNote } from './correction-note';
import type { Locale } from './locales';
import { translatorFor, type Translator } from './localise';

export interface EventRecord {
  kind: ClaimEventKind;
  before: unknown;
  after: unknown;
}

export interface EventDescription {
  /** What happened, as a verb phrase after the actor's name: "changed the status", "approved it". */
  summary: string;
  /** Before → after values and quoted comments, one line each. */
  details: string[];
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const text = (json: Json, key: string): string | undefined => (typeof json[key] === 'string' ? json[key] : undefined);
const statusOf = (json: Json): ClaimStatus | undefined => {
  const value = text(json, 'status');
  return value && Object.hasOwn(CLAIM_STATUSES, value) ? (value as ClaimStatus) : undefined;
};
const RELATIONS: readonly string[] = ['SUPPORTS', 'REFUTES', 'CONTEXT'];
const relationOf = (json: Json) => {
  const value = text(json, 'relation');
  return value && RELATIONS.includes(value) ? (value as EvidenceRelation) : undefined;
};

/** Comments and reasons quoted in full under the event: which field of `after`, and its label. */
const QUOTED: Partial<Record<ClaimEventKind, 'comment' | 'reason' | 'why'>> = {
  SENT_BACK: 'comment',
  PUBLISHED_ALONE: 'reason',
  UNPUBLISHED: 'reason',
  CORRECTED: 'why',
  SOURCE_CHANGE_NO_EFFECT: 'reason',
  SOURCE_CHANGE_CORRECTION: 'reason',
};

function shorten(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One line per field that differs between `b` and `a`: "status Unstarted → False", "assigned to Dewi". */
function changes(t: Translator, locale: Locale, b: Json, a: Json): string[] {
  const lines: string[] = [];
  const [from, to] = [statusOf(b), statusOf(a)];
  if (to && from !== to) lines.push(t('History.status', { from: from ? statusLabel(from, locale) : '—', to: statusLabel(to, locale) }));
  const explanation = text(a, 'explanation');
  if (explanation !== undefined && (text(b, 'explanation') ?? '') !== explanation) {
    lines.push(explanation.trim() ? t('History.explanationNow', { text: shorten(explanation) }) : t('History.explanationRemoved'));
  }
  if ('assigneeName' in a && (text(b, 'assigneeName') ?? null) !== (text(a, 'assigneeName') ?? null)) {
    const name = text(a, 'assigneeName');
    lines.push(name ? t('History.assignedTo', { name }) : t('History.unassigned'));
  }
  for (const field of ['title', 'url', 'note'] as const) {
    const [was, now] = [text(b, field), text(a, field)];
    if (now === undefined || was === now || (was === undefined && now === '')) continue;
    lines.push(t(`History.evidenceField.${field}`, { had: was ? 'yes' : 'no', before: shorten(was ?? ''), after: shorten(now) }));
  }
  const [wasRelation, relation] = [relationOf(b), relationOf(a)];
  if (relation && wasRelation !== relation) {
    const before = wasRelation ? t(`History.relation.${wasRelation}`) : '';
    lines.push(t('History.evidenceRelation', { had: wasRelation ? 'yes' : 'no', before, after: t(`History.relation.${relation}`) }));
  }
  return lines;
}

/** “Turki denies: “tuduhan itu”” for the attribution events; undefined when the JSON has no quote. */
function place(t: Translator, json: Json): string | undefined {
  const quote = text(json, 'quote');
  if (!quote) return undefined;
  const who = text(json, 'sourceName') ?? t('History.noSource');
  return t(text(json, 'stance') === 'DENIES' ? 'History.placeDenies' : 'History.placeAsserts', { who, quote: shorten(quote, 160) });
}

function details(t: Translator, locale: Locale, kind: ClaimEventKind, b: Json, a: Json): string[] {
  switch (kind) {
    case 'EVIDENCE_ADDED':
      return changes(t, locale, {}, a);
    case 'EVIDENCE_REMOVED': {
      const url = text(b, 'url');
      const title = text(b, 'title') ?? url ?? t('History.evidenceFallback');
      return [t('History.removedEvidence', { title, hasUrl: url ? 'yes' : 'no', url: url ?? '' })];
    }
    case 'EVIDENCE_EDITED': {
      const title = text(a, 'evidenceTitle');
      return [...(title ? [t('History.onEvidence', { title })] : []), ...changes(t, locale, b, a)];
    }
    case 'STATUS_CHANGED':
    case 'EXPLANATION_CHANGED':
    case 'ASSIGNED':
      return changes(t, locale, b, a);
    case 'ATTRIBUTION_ADDED':
    case 'ATTRIBUTION_REMOVED':
    case 'ATTRIBUTION_EDITED':
    case 'ATTRIBUTION_MOVED': {
      const [was, now] = [place(t, b), place(t, a)];
      if (was && now && was !== now) return [t('History.placeChanged', { before: was, after: now })];
      const one = now ?? was;
      return one ? [one] : [];
    }
    case 'MERGED': {
      const [from, into] = [text(b, 'summary'), text(a, 'summary')];
      return from && into ? [t('History.merged', { from: shorten(from), into: shorten(into) })] : [];
    }
    case 'NEEDS_ATTENTION': {
      // A reason code since issue 13; older events stored the English sentence, shown as it was.
      const reason = text(a, 'reason');
      return reason ? [t('Anchoring.why', { reason: describeLostReason(locale, reason) })] : [];
    }
    case 'SOURCE_CHANGE_NO_EFFECT':
    case 'SOURCE_CHANGE_CORRECTION': {
      const title = text(a, 'evidenceTitle');
      return title ? [t('History.onEvidence', { title })] : [];
    }
    case 'CORRECTED': {
      // The desk's own notes are keys, said in the reader's language; an editor's words as written.
      const what = text(a, 'what');
      return what ? [t('History.whatChanged', { text: describeNote(locale, what) })] : [];
    }
    default:
      return [];
  }
}

export function describeEvent(locale: Locale, { kind, before, after }: EventRecord): EventDescription {
  const t = translatorFor(locale);
  const [b, a] = [asObject(before), asObject(after)];
  const lines = details(t, locale, kind, b, a);
  const quoted = QUOTED[kind];
  const quotedText = quoted ? text(a, quoted) : undefined;
  if (quoted && quotedText) lines.push(t(`History.quoted.${quoted}`, { text: describeNote(locale, quotedText) }));
  return { summary: t(`History.summary.${kind}`), details: lines };
}

/** "changed the status (status Unstarted → False)": one line for the desk's activity and conflict messages. */
export function describeEventBriefly(locale: Locale, event: EventRecord): string {
  const { summary, details: lines } = describeEvent(locale, event);
  return lines.length ? translatorFor(locale)('History.brief', { summary, details: lines.join('; ') }) : summary;
}
