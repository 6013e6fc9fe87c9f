// The kinds of source in the page's language; next-intl's hooks serve server and client components.
import { useTranslations } from 'next-intl';
import type { SourceKind } from '@/lib/generated/prisma/enums';
import { SOURCE_KINDS } from '@/lib/claims/status';

export function KindOptions() {
  const t = useTranslations('SourceKind');
  return SOURCE_KINDS.map((kind) => (
    <option key={kind} value={kind}>
      {t(kind)}
    </option>
  ));
}

export function KindBadge({ kind }: { kind: SourceKind }) {
  const t = useTranslations('SourceKind');
  return <span className="inline-block rounded bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">{t(kind)}</span>;
}

export function KindLabel({ kind }: { kind: SourceKind }) {
  return useTranslations('SourceKind')(kind);
}
