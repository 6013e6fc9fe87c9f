// What a correction of a published verdict changed, as note parts (catalogue keys and values,
// lib/i18n/correction-note.ts) so the dated note reads in each reader's language. Values that are
// codes (statuses, relations) are translated when shown; text values are the claim's own words.
// Pure, so it is unit-tested without a database.
import type { ClaimStatus, EvidenceRelation } from '@/lib/generated/prisma/enums';
import type { NotePart } from '@/lib/i18n/correction-note';
import type { EvidenceSnapshot } from './workflow';

interface VerdictSnapshot {
  status?: ClaimStatus;
  explanation?: string;
  evidence?: Partial<EvidenceSnapshot>;
}

function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const FIELD_KEYS = {
  title: ['evidenceTitle', 'evidenceTitleChanged'],
  url: ['evidenceUrl', 'evidenceUrlChanged'],
  note: ['evidenceNote', 'evidenceNoteChanged'],
} as const;

/** One part per changed field: "status Unstarted → False", "evidence title “A” → “B”". */
export function correctionParts(before: VerdictSnapshot, after: VerdictSnapshot): NotePart[] {
  const parts: NotePart[] = [];
  if (after.status !== undefined && before.status !== after.status) {
    parts.push(
      before.status
        ? { key: 'status', values: { fromStatus: before.status, toStatus: after.status } }
        : { key: 'statusSet', values: { toStatus: after.status } },
    );
  }
  if (after.explanation !== undefined && (before.explanation ?? '') !== after.explanation) {
    parts.push(
      after.explanation.trim() ? { key: 'explanationNow', values: { text: shorten(after.explanation) } } : { key: 'explanationRemoved' },
    );
  }
  const b = before.evidence ?? {};
  const a = after.evidence ?? {};
  for (const field of ['title', 'url', 'note'] as const) {
    const [was, now] = [b[field], a[field]];
    if (now === undefined || was === now || (was === undefined && now === '')) continue;
    const [set, changed] = FIELD_KEYS[field];
    parts.push(
      was ? { key: changed, values: { before: shorten(was), after: shorten(now) } } : { key: set, values: { after: shorten(now) } },
    );
  }
  if (a.relation && b.relation !== a.relation) {
    parts.push(
      b.relation
        ? { key: 'evidenceRelationChanged', values: { fromRelation: b.relation, toRelation: a.relation } }
        : { key: 'evidenceRelation', values: { toRelation: a.relation } },
    );
  }
  return parts;
}

export function evidenceAddedPart(evidence: { title: string; url: string; relation: EvidenceRelation }): NotePart {
  return { key: 'evidenceAdded', values: { title: evidence.title, url: evidence.url, relation: evidence.relation } };
}

export function evidenceRemovedPart(evidence: { title: string; url: string }): NotePart {
  return { key: 'evidenceRemoved', values: { title: evidence.title, url: evidence.url } };
}
