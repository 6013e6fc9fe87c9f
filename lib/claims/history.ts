// Puts audit events into words for the claim timeline and for conflict messages. Events are stored
// as loose JSON (before/after of what changed), so every field is read defensively.
import type { ClaimEventKind, ClaimStatus, EvidenceRelation } from '@/lib/generated/prisma/enums';
import { CLAIM_STATUSES } from './status';
import { describeChanges, type ClaimSnapshot } from './workflow';

export interface EventRecord {
  kind: ClaimEventKind;
  before: unknown;
  after: unknown;
}

export interface EventDescription {
  /** What happened, as a verb phrase after the actor's name: "set the status", "approved it". */
  summary: string;
  /** Before → after values and quoted comments, one line each. */
  details: string[];
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const text = (json: Json, key: string): string | undefined => (typeof json[key] === 'string' ? json[key] : undefined);
const status = (json: Json): ClaimStatus | undefined => {
  const value = text(json, 'status');
  return value && value in CLAIM_STATUSES ? (value as ClaimStatus) : undefined;
};
const RELATIONS = new Set(['SUPPORTS', 'REFUTES', 'CONTEXT']);

function snapshot(json: Json): ClaimSnapshot {
  const relation = text(json, 'relation');
  const evidence = {
    url: text(json, 'url'),
    title: text(json, 'title'),
    note: text(json, 'note'),
    relation: relation && RELATIONS.has(relation) ? (relation as EvidenceRelation) : undefined,
  };
  const assigneeName = 'assigneeName' in json ? (text(json, 'assigneeName') ?? null) : undefined;
  const result: ClaimSnapshot = {};
  const s = status(json);
  if (s) result.status = s;
  const explanation = text(json, 'explanation');
  if (explanation !== undefined) result.explanation = explanation;
  if (assigneeName !== undefined) result.assigneeName = assigneeName;
  result.evidence = Object.fromEntries(Object.entries(evidence).filter(([, v]) => v !== undefined));
  return result;
}

const SUMMARIES: Record<ClaimEventKind, string> = {
  CREATED: 'created the claim',
  EDITED: 'edited the statement',
  DELETED: 'deleted the claim',
  REANCHORED: 'moved the quote with a corrected article text',
  NEEDS_ATTENTION: 'flagged the quote as lost in a corrected article text',
  STATUS_CHANGED: 'changed the status',
  EXPLANATION_CHANGED: 'changed the explanation',
  EVIDENCE_ADDED: 'added evidence',
  EVIDENCE_EDITED: 'edited evidence',
  EVIDENCE_REMOVED: 'removed evidence',
  ASSIGNED: 'changed the assignee',
  SUBMITTED: 'submitted it for review',
  APPROVED: 'approved and published it',
  SENT_BACK: 'sent it back',
  PUBLISHED_ALONE: 'published it without a second editor',
  CORRECTED: 'corrected the published verdict (back to review)',
  UNPUBLISHED: 'unpublished it',
  SOURCE_MERGED: 'merged its source into another',
  ATTRIBUTION_ADDED: 'linked another place where it was said',
  ATTRIBUTION_EDITED: 'edited where it was said (quote, source, cue or stance)',
  ATTRIBUTION_MOVED: 'moved an attribution between claims',
  ATTRIBUTION_REMOVED: 'removed an attribution',
  MERGED: 'merged two claims',
};

/** “Turkey denies: “...”” for the attribution events. */
function describeAttribution(json: Json): string | undefined {
  const quote = text(json, 'quote');
  if (!quote) return undefined;
  const who = text(json, 'sourceName') ?? 'the article';
  const verb = text(json, 'stance') === 'DENIES' ? 'denies' : 'asserts';
  return `${who} ${verb}: “${quote.length > 160 ? `${quote.slice(0, 159)}…` : quote}”`;
}

const QUOTED: Partial<Record<ClaimEventKind, [key: string, label: string]>> = {
  SENT_BACK: ['comment', 'Comment'],
  PUBLISHED_ALONE: ['reason', 'Reason'],
  UNPUBLISHED: ['reason', 'Reason'],
  CORRECTED: ['why', 'Why'],
};

export function describeEvent({ kind, before, after }: EventRecord): EventDescription {
  const b = asObject(before);
  const a = asObject(after);
  const details: string[] = [];
  if (kind === 'EVIDENCE_ADDED') details.push(...describeChanges({}, snapshot(a)));
  else if (kind === 'EVIDENCE_REMOVED')
    details.push(`“${text(b, 'title') ?? text(b, 'url') ?? 'evidence'}”${text(b, 'url') ? ` (${text(b, 'url')})` : ''}`);
  else if (kind === 'EVIDENCE_EDITED') {
    const title = text(a, 'evidenceTitle');
    if (title) details.push(`on “${title}”`);
    details.push(...describeChanges(snapshot(b), snapshot(a)));
  } else if (kind === 'STATUS_CHANGED' || kind === 'EXPLANATION_CHANGED' || kind === 'ASSIGNED')
    details.push(...describeChanges(snapshot(b), snapshot(a)));
  else if (kind === 'CORRECTED' && text(a, 'what')) details.push(`What changed: ${text(a, 'what')}`);
  else if (
    kind === 'ATTRIBUTION_ADDED' ||
    kind === 'ATTRIBUTION_REMOVED' ||
    kind === 'ATTRIBUTION_EDITED' ||
    kind === 'ATTRIBUTION_MOVED'
  ) {
    const was = describeAttribution(b);
    const now = describeAttribution(a);
    if (was && now && was !== now) details.push(`${was} → ${now}`);
    else if (now ?? was) details.push((now ?? was) as string);
  } else if (kind === 'MERGED' && text(a, 'summary')) details.push(`“${text(b, 'summary') ?? ''}” → “${text(a, 'summary')}”`);
  const quoted = QUOTED[kind];
  const quotedText = quoted ? text(a, quoted[0]) : undefined;
  if (quoted && quotedText) details.push(`${quoted[1]}: ${quotedText}`);
  return { summary: SUMMARIES[kind], details };
}

/** "changed the status (status Unstarted → False)": one line for a conflict message. */
export function describeEventBriefly(event: EventRecord): string {
  const { summary, details } = describeEvent(event);
  return details.length ? `${summary} (${details.join('; ')})` : summary;
}
