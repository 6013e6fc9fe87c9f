// The reader snapshot: what a claim's public pages show, frozen when a second editor approves it.
// The database builds it (claimdesk_public_snapshot, see the public_snapshot_v2 migration); this
// schema reads it back, dates included, so a page never renders a half-read snapshot. Pure.
import { z } from 'zod';

export const SNAPSHOT_VERSION = 3;

const CLAIM_STATUS = ['UNSTARTED', 'IN_PROGRESS', 'TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE', 'NOT_CHECKABLE'] as const;
const SOURCE_KIND = ['GOVERNMENT', 'MILITARY', 'MEDIA', 'PERSON', 'ORGANIZATION', 'OTHER'] as const;

/** ISO 8601 text in the stored JSON (and in Next's data cache), a Date for the pages. */
const isoDate = z.union([z.date(), z.iso.datetime({ offset: true }).transform((text) => new Date(text))]);

const attributionSchema = z.object({
  id: z.string().min(1),
  cue: z.string(),
  stance: z.enum(['ASSERTS', 'DENIES']),
  /** The quoted words with the rest of their paragraph, exactly as approved. */
  quote: z.object({ text: z.string().min(1), before: z.string(), after: z.string() }),
  source: z
    .object({
      id: z.string().min(1),
      name: z.string(),
      kind: z.enum(SOURCE_KIND),
      /** Pages that say who the source is (ClaimReview sameAs); absent from snapshots approved before it existed. */
      sameAs: z.array(z.string()).optional(),
    })
    .nullable(),
  article: z.object({
    title: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: isoDate.nullable(),
    publishedUtcOffset: z.number().int().nullable(),
    language: z.string(),
  }),
});

export const publicSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  id: z.string().min(1),
  summary: z.string(),
  language: z.string(),
  status: z.enum(CLAIM_STATUS),
  explanation: z.string(),
  publishedAt: isoDate,
  approvedAt: isoDate,
  /** Every place the claim was said, in order of appearance (the first is the first appearance). */
  attributions: z.array(attributionSchema).min(1),
  evidence: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      note: z.string(),
      relation: z.enum(['SUPPORTS', 'REFUTES', 'CONTEXT']),
    }),
  ),
  corrections: z.array(z.object({ id: z.string(), what: z.string(), why: z.string(), at: isoDate })),
  reviewer: z.object({ name: z.string() }).nullable(),
});

export type PublicSnapshot = z.infer<typeof publicSnapshotSchema>;
export type PublicAttribution = PublicSnapshot['attributions'][number];

export type SnapshotReading =
  | { ok: true; snapshot: PublicSnapshot }
  /** `oldVersion`: a snapshot written before version 3, which the database can convert. */
  | { ok: false; oldVersion: boolean; problem: string };

/** Reads a stored snapshot whole or not at all. */
export function readSnapshot(stored: unknown): SnapshotReading {
  const parsed = publicSnapshotSchema.safeParse(stored);
  if (parsed.success) return { ok: true, snapshot: parsed.data };
  const version = stored && typeof stored === 'object' && 'version' in stored ? stored.version : undefined;
  const oldVersion = stored !== null && typeof stored === 'object' && (version === 2 || (version === undefined && 'quoteStart' in stored));
  const problem = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, oldVersion, problem };
}
