'use client';
// Choosing another claim (to move words to, or to merge into): type words, pick among the closest
// claims in the desk (the matcher). The choice is submitted as `targetId` with the enclosing form.
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { findOtherClaimsAction } from '@/lib/actions/claim-merge';
import type { DeskClaimMatch } from '@/lib/data/claim-matches';
import { StatusBadge } from '@/components/ui/status-badge';

const DEBOUNCE_MS = 350;

type Found = { state: 'pending' } | { state: 'failed' } | { state: 'done'; matches: DeskClaimMatch[] };

export function ClaimPicker({ claimId, initialText, error }: { claimId: string; initialText: string; error?: string }) {
  const t = useTranslations('ClaimPlaces');
  const id = useId();
  const [text, setText] = useState(initialText);
  const [found, setFound] = useState<{ for: string; result: Found } | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      findOtherClaimsAction(claimId, { text })
        .then((result) => {
          if (current)
            setFound({ for: text, result: result.ok ? { state: 'done', matches: result.data?.matches ?? [] } : { state: 'failed' } });
        })
        .catch(() => current && setFound({ for: text, result: { state: 'failed' } }));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [claimId, text]);
  const result: Found = found?.for === text ? found.result : { state: 'pending' };
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-q`} className="block text-sm font-medium">
        {t('pickerLabel')}
      </label>
      <input
        id={`${id}-q`}
        className="w-full rounded border border-stone-300 px-2 py-1 text-sm"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
      />
      <p id={`${id}-hint`} className="text-xs text-stone-600">
        {t('pickerHint')}
      </p>
      <fieldset className="space-y-1" aria-live="polite">
        <legend className="sr-only">{t('pickerLabel')}</legend>
        {result.state === 'done'
          ? result.matches.map((match) => (
              <label key={match.id} className="flex items-start gap-2 text-sm" data-testid="picked-claim">
                <input type="radio" name="targetId" value={match.id} required />
                <span>
                  <span className="block">{match.summary}</span>
                  <StatusBadge status={match.status} />
                </span>
              </label>
            ))
          : null}
        <p className="text-xs text-stone-600">
          {result.state === 'pending'
            ? t('searching')
            : result.state === 'failed'
              ? t('searchFailed')
              : result.matches.length === 0
                ? t('noneFound')
                : null}
        </p>
      </fieldset>
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
