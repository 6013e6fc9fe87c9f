import { useTranslations } from 'next-intl';
import type { EvidenceRelation } from '@/lib/generated/prisma/enums';

const STYLES: Record<EvidenceRelation, string> = {
  SUPPORTS: 'bg-emerald-100 text-emerald-900',
  REFUTES: 'bg-red-100 text-red-900',
  CONTEXT: 'bg-stone-200 text-stone-800',
};

/** How a piece of evidence bears on the claim, in words (colour only repeats it). */
export function RelationBadge({ relation }: { relation: EvidenceRelation }) {
  const t = useTranslations('DeskCommon.relation');
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[relation]}`}>{t(relation)}</span>;
}
