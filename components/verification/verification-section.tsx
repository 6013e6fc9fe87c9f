// The verdict and its explanation: as readers will see it, and (for editors) the form to change it.
import { useTranslations } from 'next-intl';
import type { EditMode } from '@/lib/claims/workflow';
import type { ClaimPage } from '@/lib/data/claim-page';
import { StatusBadge } from '@/components/ui/status-badge';
import { ExplanationText } from '@/components/claims/explanation-text';
import { VerificationForm } from './verification-form';

interface Props {
  claim: ClaimPage;
  canWrite: boolean;
  mode: EditMode;
  /** Open the form even on a published claim (an editor came to write a correction). */
  openForm?: boolean;
}

export function VerificationSection({ claim, canWrite, mode, openForm = false }: Props) {
  const t = useTranslations('Verification');
  return (
    <section aria-labelledby="verdict-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="verdict-heading" className="text-lg font-medium">
          {t('verdictHeading')}
        </h2>
        {/* The verdict is published in both languages: the editor sees both words. */}
        <StatusBadge status={claim.status} locale="en" />
        <StatusBadge status={claim.status} locale="id" />
      </div>
      <ExplanationText text={claim.explanation} emptyText={t('noExplanation')} />
      {canWrite ? (
        <details className="rounded-md border border-stone-200 p-3" open={mode === 'free' || openForm}>
          <summary className="cursor-pointer text-sm font-medium text-sky-800">
            {mode === 'correction' ? t('correctVerdict') : t('editVerdict')}
          </summary>
          <div className="mt-3">
            <VerificationForm
              claimId={claim.id}
              version={claim.version}
              status={claim.status}
              explanation={claim.explanation}
              mode={mode}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
