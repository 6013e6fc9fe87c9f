import type { SourceKind } from '@/lib/generated/prisma/enums';
import { SOURCE_KIND_LABELS } from '@/lib/claims/status';

export function KindOptions() {
  return (Object.keys(SOURCE_KIND_LABELS) as SourceKind[]).map((kind) => (
    <option key={kind} value={kind}>
      {SOURCE_KIND_LABELS[kind]}
    </option>
  ));
}

export function KindBadge({ kind }: { kind: SourceKind }) {
  return (
    <span className="inline-block rounded bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-700">{SOURCE_KIND_LABELS[kind]}</span>
  );
}
