// The words for a claim's states, in one place: the verification scale (one dictionary for every
// label, rating and colour in pages, exports and ClaimReview markup, in English and Indonesian),
// the publication states and the kinds of source.
import type { ClaimStatus, Publication, SourceKind } from '@/lib/generated/prisma/enums';

export type Locale = 'en' | 'id';

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
    label: { en: 'Unstarted', id: 'Belum diperiksa' },
    rating: null,
    isVerdict: false,
    badgeClass: 'bg-stone-200 text-stone-800',
    highlightClass: 'bg-stone-200/70',
  },
  IN_PROGRESS: {
    label: { en: 'In progress', id: 'Sedang diperiksa' },
    rating: null,
    isVerdict: false,
    badgeClass: 'bg-sky-100 text-sky-900',
    highlightClass: 'bg-sky-100',
  },
  TRUE: {
    label: { en: 'True', id: 'Benar' },
    rating: 5,
    isVerdict: true,
    badgeClass: 'bg-emerald-700 text-white',
    highlightClass: 'bg-emerald-100',
  },
  PARTLY_TRUE: {
    label: { en: 'Partly true', id: 'Sebagian benar' },
    rating: 4,
    isVerdict: true,
    badgeClass: 'bg-lime-700 text-white',
    highlightClass: 'bg-lime-100',
  },
  UNPROVEN: {
    label: { en: 'Unproven', id: 'Tidak terbukti' },
    rating: 3,
    isVerdict: true,
    badgeClass: 'bg-amber-700 text-white',
    highlightClass: 'bg-amber-100',
  },
  MISLEADING: {
    label: { en: 'Misleading', id: 'Menyesatkan' },
    rating: 2,
    isVerdict: true,
    badgeClass: 'bg-orange-700 text-white',
    highlightClass: 'bg-orange-100',
  },
  FALSE: {
    label: { en: 'False', id: 'Keliru' },
    rating: 1,
    isVerdict: true,
    badgeClass: 'bg-red-700 text-white',
    highlightClass: 'bg-red-100',
  },
  NOT_CHECKABLE: {
    label: { en: 'Not checkable', id: 'Bukan klaim faktual' },
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

export const PUBLICATION_LABELS: Record<Publication, string> = { DRAFT: 'Draft', IN_REVIEW: 'In review', PUBLISHED: 'Published' };

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  GOVERNMENT: 'Government',
  MILITARY: 'Military',
  MEDIA: 'Media',
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  OTHER: 'Other',
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;
