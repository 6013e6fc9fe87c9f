// The words for a claim's states, in one place: the verification scale (one dictionary for every
// label, rating and colour in pages, exports and ClaimReview markup), the publication states and
// the kinds of source. The words themselves live in the message catalogues (messages/*.json).
import type { ClaimStatus, Publication, SourceKind } from '@/lib/generated/prisma/enums';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

export type { Locale };

function labelsOf(status: ClaimStatus): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, MESSAGES[locale].Status[status]])) as Record<Locale, string>;
}

interface StatusInfo {
  label: Record<Locale, string>;
  /** ClaimReview ratingValue on a 1 (false) .. 5 (true) scale; null when there is no verdict. */
  rating: number | null;
  /** A verdict can be published; working states and NOT_CHECKABLE cannot. */
  isVerdict: boolean;
  /** Tailwind classes for badges and highlights; the label is always shown beside the colour. */
  badgeClass: string;
  highlightClass: string;
}

export const CLAIM_STATUSES: Record<ClaimStatus, StatusInfo> = {
  UNSTARTED: {
    label: labelsOf('UNSTARTED'),
    rating: null,
    isVerdict: false,
    badgeClass: 'bg-stone-200 text-stone-800',
    highlightClass: 'bg-stone-200/70',
  },
  IN_PROGRESS: {
    label: labelsOf('IN_PROGRESS'),
    rating: null,
    isVerdict: false,
    badgeClass: 'bg-sky-100 text-sky-900',
    highlightClass: 'bg-sky-100',
  },
  TRUE: {
    label: labelsOf('TRUE'),
    rating: 5,
    isVerdict: true,
    badgeClass: 'bg-emerald-700 text-white',
    highlightClass: 'bg-emerald-100',
  },
  PARTLY_TRUE: {
    label: labelsOf('PARTLY_TRUE'),
    rating: 4,
    isVerdict: true,
    badgeClass: 'bg-lime-700 text-white',
    highlightClass: 'bg-lime-100',
  },
  UNPROVEN: {
    label: labelsOf('UNPROVEN'),
    rating: 3,
    isVerdict: true,
    badgeClass: 'bg-amber-700 text-white',
    highlightClass: 'bg-amber-100',
  },
  MISLEADING: {
    label: labelsOf('MISLEADING'),
    rating: 2,
    isVerdict: true,
    badgeClass: 'bg-orange-700 text-white',
    highlightClass: 'bg-orange-100',
  },
  FALSE: {
    label: labelsOf('FALSE'),
    rating: 1,
    isVerdict: true,
    badgeClass: 'bg-red-700 text-white',
    highlightClass: 'bg-red-100',
  },
  NOT_CHECKABLE: {
    label: labelsOf('NOT_CHECKABLE'),
    rating: null,
    isVerdict: false,
    badgeClass: 'bg-violet-100 text-violet-900',
    highlightClass: 'bg-violet-100',
  },
};

export const STATUS_ORDER = Object.keys(CLAIM_STATUSES) as ClaimStatus[];

export function statusLabel(status: ClaimStatus, locale: Locale = 'en'): string {
  return CLAIM_STATUSES[status].label[locale];
}

export function isVerdict(status: ClaimStatus): boolean {
  return CLAIM_STATUSES[status].isVerdict;
}

/** The publication states' names in each language (the catalogues' "Publication"). */
export function publicationLabel(publication: Publication, locale: Locale = 'en'): string {
  return MESSAGES[locale].Publication[publication];
}

/** English names, for the desk components not yet given the editor's language (claim-list.tsx). */
export const PUBLICATION_LABELS: Record<Publication, string> = MESSAGES.en.Publication;

/** The kinds of source, named in each language (the catalogues' "SourceKind"). */
export function sourceKindLabel(kind: SourceKind, locale: Locale = 'en'): string {
  return MESSAGES[locale].SourceKind[kind];
}

export const SOURCE_KINDS = Object.keys(MESSAGES.en.SourceKind) as SourceKind[];

export const BEST_RATING = 5;
export const WORST_RATING = 1;
