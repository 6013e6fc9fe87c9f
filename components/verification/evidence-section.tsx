// The claim's evidence list, with the add form for editors when the claim can change.
import { useTranslations } from 'next-intl';
import type { EditMode } from '@/lib/claims/workflow';
import type { ClaimPageEvidence } from '@/lib/data/claim-page';
import { EvidenceForm } from './evidence-form';
import { EvidenceItem } from './evidence-item';

interface Props {
  claimId: string;
  version: number;
  evidence: ClaimPageEvidence[];
  canWrite: boolean;
  mode: EditMode;
}

export function EvidenceSection({ claimId, version, evidence, canWrite, mode }: Props) {
  const canEdit = canWrite && mode !== 'frozen';
  const correcting = mode === 'correction';
  const t = useTranslations('Verification');
  return (
    <section aria-labelledby="evidence-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="evidence-heading" className="text-lg font-medium">
        {t('evidence')} <span className="text-sm font-normal text-stone-500">({evidence.length})</span>
      </h2>
      {evidence.length === 0 ? (
        <p className="text-sm text-stone-600">{t('noEvidence')}</p>
      ) : (
        <ul className="divide-y divide-stone-200" data-testid="evidence-list">
          {evidence.map((item) => (
            <li key={item.id} className="py-3 first:pt-0" data-testid="evidence-item">
              <EvidenceItem claimId={claimId} version={version} evidence={item} canEdit={canEdit} correcting={correcting} />
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <details className="rounded-md border border-stone-200 p-3" open={evidence.length === 0}>
          <summary className="cursor-pointer text-sm font-medium text-sky-800">{t('addEvidence')}</summary>
          <div className="mt-3">
            <EvidenceForm claimId={claimId} version={version} correcting={correcting} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
