// The words of the reader pages in each page language. Verdict labels come from lib/claims/status.ts.
import type { Locale } from '@/lib/claims/status';

const en = {
  verdict: 'Verdict',
  claim: 'The claim',
  whoSaidIt: 'Who said it',
  said: 'said',
  denied: 'denied',
  noSource: 'Stated by the article without attribution',
  inArticle: 'Where it appeared',
  original: 'Read the original',
  explanation: 'Why',
  evidence: 'Evidence',
  SUPPORTS: 'Supports the claim',
  REFUTES: 'Refutes the claim',
  CONTEXT: 'Context',
  published: 'Published',
  updated: 'Updated',
  corrections: 'Corrections',
  reviewedBy: 'Reviewed by',
  trackRecord: 'Track record of this source',
  byline: 'Fact check by',
  kinds: { GOVERNMENT: 'government', MILITARY: 'military', MEDIA: 'media', PERSON: 'person', ORGANIZATION: 'organisation', OTHER: 'other' },
};

const id: typeof en = {
  verdict: 'Putusan',
  claim: 'Klaim',
  whoSaidIt: 'Yang mengatakan',
  said: 'mengatakan',
  denied: 'membantah',
  noSource: 'Dinyatakan artikel tanpa atribusi',
  inArticle: 'Tempat klaim muncul',
  original: 'Baca artikel asli',
  explanation: 'Penjelasan',
  evidence: 'Bukti',
  SUPPORTS: 'Mendukung klaim',
  REFUTES: 'Membantah klaim',
  CONTEXT: 'Konteks',
  published: 'Diterbitkan',
  updated: 'Diperbarui',
  corrections: 'Koreksi',
  reviewedBy: 'Ditinjau oleh',
  trackRecord: 'Rekam jejak sumber ini',
  byline: 'Cek fakta oleh',
  kinds: {
    GOVERNMENT: 'pemerintah',
    MILITARY: 'militer',
    MEDIA: 'media',
    PERSON: 'perorangan',
    ORGANIZATION: 'organisasi',
    OTHER: 'lainnya',
  },
};

export const PUBLIC_STRINGS: Record<Locale, typeof en> = { en, id };
