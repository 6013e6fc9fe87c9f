'use client';
// The article's claims beside the text, one card per place a claim is said here: the claim's
// statement and status, who said it and how, the quote, how many other places say it, and the
// "needs attention" flag for words lost in a correction.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { removeAttributionAction } from '@/lib/actions/attributions';
import type { WorkspaceClaim } from '@/lib/data/articles';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { StatusBadge } from '@/components/ui/status-badge';
import { RecordIdInput } from '@/components/ui/record-id-input';

interface Props {
  /** The cards shown: the first claims in text order. */
  claims: WorkspaceClaim[];
  /** How many claims the article has, shown or not. */
  total: number;
  /** Where the next page of cards is. */
  moreHref: string;
  activeId: string | null;
  canWrite: boolean;
  onActivate: (id: string) => void;
  onEdit: (claim: WorkspaceClaim) => void;
}

/** Removing the claim's only attribution deletes the claim; otherwise only these words leave it. */
function RemoveAttribution({ card }: { card: WorkspaceClaim }) {
  const t = useTranslations('ClaimCards');
  const [confirming, setConfirming] = useState(false);
  const [state, remove, pending] = useActionState(removeAttributionAction, null);
  const deletes = card.otherPlaces === 0;
  if (!confirming)
    return (
      <Button type="button" variant="ghost" onClick={() => setConfirming(true)}>
        {deletes ? t('delete') : t('remove')}
      </Button>
    );
  return (
    <form action={remove} className="flex flex-wrap items-center gap-2" role="group" aria-label={t('confirmGroup')}>
      <RecordIdInput id={card.id} />
      <span className="text-sm">{deletes ? t('confirmDelete') : t('confirmRemove')}</span>
      <Button type="submit" variant="danger" disabled={pending} autoFocus>
        {pending ? t('deleting') : deletes ? t('yesDelete') : t('yesRemove')}
      </Button>
      <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
        {t('cancel')}
      </Button>
      <FormStatus state={state && !state.ok ? state : null} />
    </form>
  );
}

export function ClaimList({ claims, total, moreHref, activeId, canWrite, onActivate, onEdit }: Props) {
  const t = useTranslations('ClaimCards');
  const publication = useTranslations('Publication');
  if (claims.length === 0) return <p className="text-sm text-stone-600">{t('empty')}</p>;
  return (
    <>
      <ol className="space-y-3" aria-label={t('listLabel')}>
        {claims.map((card) => (
          <li
            key={card.id}
            data-testid="claim-card"
            data-attribution-id={card.id}
            data-claim-id={card.claimId}
            className={`rounded-lg border bg-white p-3 ${activeId === card.id ? 'border-sky-600 ring-1 ring-sky-600' : 'border-stone-200'}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge status={card.status} />
              {card.needsAttention ? (
                <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950">{t('needsAttention')}</span>
              ) : null}
              {card.publication !== 'DRAFT' ? <span className="text-xs text-stone-500">{publication(card.publication)}</span> : null}
            </div>
            <button type="button" onClick={() => onActivate(card.id)} className="mt-2 block text-left font-medium hover:underline">
              {card.summary}
            </button>
            <p className="mt-1 text-sm text-stone-600">
              <span data-testid="claim-source">{card.source?.name ?? t('noSource')}</span>
              {card.cue ? (
                <>
                  {' '}
                  · <span className="italic">{card.cue}</span>
                </>
              ) : null}
              {' · '}
              <span data-testid="claim-stance">{card.stance === 'DENIES' ? t('denies') : t('asserts')}</span>
            </p>
            <p className="mt-1 line-clamp-2 font-serif text-sm text-stone-700">&ldquo;{card.quoteText}&rdquo;</p>
            {card.otherPlaces > 0 ? (
              <p className="mt-1 text-xs text-stone-600" data-testid="claim-other-places">
                {t('otherPlaces', { count: card.otherPlaces })}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap gap-2">
              <a href={`/desk/claims/${card.claimId}`} className="rounded px-3 py-2 text-sm text-sky-800 hover:bg-stone-100">
                {t('check')}
              </a>
              {canWrite && card.publication === 'DRAFT' ? (
                <>
                  <Button type="button" variant="ghost" onClick={() => onEdit(card)}>
                    {t('edit')}
                  </Button>
                  <RemoveAttribution card={card} />
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {total > claims.length ? (
        <p className="text-sm text-stone-600">
          {t('showing', { shown: claims.length, total })}{' '}
          <Link href={moreHref} replace scroll={false} className="text-sky-800 underline">
            {t('showMore')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
