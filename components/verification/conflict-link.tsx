import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/result';
import { formVersion } from './form-version';

/** After a conflict, a way to read the other editor's version without losing what is typed here. */
export function ConflictLink({ claimId, state, version }: { claimId: string; state: ActionResult | null; version: number }) {
  const t = useTranslations('Verification');
  if (formVersion(state, version) <= version) return null;
  return (
    <a href={`/desk/claims/${claimId}`} target="_blank" rel="noopener" className="inline-block text-sm text-sky-800 underline">
      {t('openCurrent')}
    </a>
  );
}
