'use client';
// "Which claim is this?": a new claim, or one of the claims already in the desk that the matcher
// ranks closest to the selection (and to the statement as it is typed). Shown before the editor
// chooses; a published verdict is marked "checked before".
import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/ui/status-badge';
import type { ClaimMatches } from './use-claim-matches';

interface Props {
  matches: ClaimMatches;
  /** The chosen claim's id, or '' for a new claim. */
  chosen: string;
  onChoose: (claimId: string) => void;
}

export function BelongsTo({ matches, chosen, onChoose }: Props) {
  const t = useTranslations('ClaimForm');
  const status = useTranslations('Status');
  const offered = matches.state === 'done' ? matches.matches : [];
  return (
    <fieldset className="space-y-2 rounded-lg border border-stone-200 p-3" aria-describedby="belongs-to-hint">
      <legend className="px-1 text-sm font-medium">{t('belongsTo')}</legend>
      <p id="belongs-to-hint" className="text-xs text-stone-600">
        {t('belongsToHint')}
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="radio" name="belongsTo" value="" checked={chosen === ''} onChange={() => onChoose('')} /> {t('aNewClaim')}
      </label>
      {offered.map((match) => (
        <label key={match.id} className="flex items-start gap-2 text-sm" data-testid="claim-match">
          <input type="radio" name="belongsTo" value={match.id} checked={chosen === match.id} onChange={() => onChoose(match.id)} />
          <span className="space-y-0.5">
            <span className="block">{match.summary}</span>
            <span className="flex flex-wrap items-center gap-2 text-xs text-stone-600">
              <StatusBadge status={match.status} />
              {match.publicStatus ? (
                <span className="font-semibold text-stone-800" data-testid="checked-before">
                  {t('checkedBefore', { verdict: status(match.publicStatus) })}
                </span>
              ) : null}
              <span>{t('places', { count: match.places })}</span>
            </span>
          </span>
        </label>
      ))}
      <p className="text-xs text-stone-600" aria-live="polite">
        {matches.state === 'pending'
          ? t('findingMatches')
          : matches.state === 'failed'
            ? t('matchesFailed')
            : matches.notice === 'needWords' || matches.notice === 'truncated'
              ? t(`matchNotice.${matches.notice}`)
              : offered.length === 0
                ? t('noMatches')
                : null}
      </p>
    </fieldset>
  );
}
