'use client';
// Suggested claims beside the text: each can be accepted as it is, edited first, added to a claim
// already in the desk ("checked before"), or dismissed. They are only proposals, shown apart from
// saved claims, until an editor accepts them. "Accept all" takes only the confident new ones; the
// others say why they need a look and need a click each.
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { acceptSuggestionsAction } from '@/lib/actions/suggestions';
import type { Suggestion } from '@/lib/claims/suggestions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

interface Props {
  articleId: string;
  suggestions: Suggestion[];
  activeKey: string | null;
  onEdit: (suggestion: Suggestion) => void;
  onResolved: (keys: string[]) => void;
  onActivate: (key: string) => void;
}

const toAccepted = (s: Suggestion, claimId?: string) => ({
  quoteStart: s.quoteStart,
  quoteEnd: s.quoteEnd,
  quoteText: s.quoteText,
  sourceName: s.sourceName,
  sourceKind: s.sourceKind,
  cue: s.cue,
  stance: s.stance,
  ...(s.answersKey ? { answersKey: s.answersKey } : {}),
  ...(claimId ? { claimId } : {}),
});

export function SuggestionsPanel({ articleId, suggestions, activeKey, onEdit, onResolved, onActivate }: Props) {
  const t = useTranslations('Suggestions');
  const status = useTranslations('Status');
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const accept = (chosen: Suggestion[], claimId?: string) =>
    startTransition(async () => {
      const result = await acceptSuggestionsAction(
        articleId,
        chosen.map((s) => toAccepted(s, claimId)),
      );
      setMessage({ ok: result.ok, text: result.message ?? '' });
      if (result.ok) onResolved(chosen.map((s) => s.key));
    });

  // A denial ("Turki menolak tuduhan itu") is saved with the statement it answers, as one claim.
  const answered = (s: Suggestion) => (s.answersKey ? suggestions.find((other) => other.key === s.answersKey) : undefined);
  const withAnswered = (s: Suggestion) => {
    const statement = answered(s);
    return statement ? [statement, s] : [s];
  };

  // Words the desk has checked before are never made a new claim without a look.
  // An answer brings the statement it answers along, so that accepting all never saves "tuduhan itu" alone.
  const fresh = [
    ...new Set(suggestions.filter((s) => s.overlapsClaimIds.length === 0 && s.confident && !s.checkedBefore).flatMap(withAnswered)),
  ];
  return (
    <section aria-labelledby="suggestions-heading" className="space-y-3 rounded-xl border border-fuchsia-200 bg-fuchsia-50/40 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="suggestions-heading" className="text-lg font-semibold">
          {t('heading', { count: suggestions.length })}
        </h2>
        {fresh.length > 0 ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => accept(fresh)}>
            {pending ? t('saving') : t('acceptAll', { count: fresh.length })}
          </Button>
        ) : null}
      </div>
      {message ? <Alert tone={message.ok ? 'success' : 'error'}>{message.text}</Alert> : null}
      {suggestions.length === 0 ? <p className="text-sm text-stone-600">{t('none')}</p> : null}
      <ol className="space-y-2">
        {suggestions.map((s) => (
          <li
            key={s.key}
            data-testid="suggestion-card"
            data-confident={s.confident}
            className={`rounded-lg border bg-white p-3 ${activeKey === s.key ? 'border-fuchsia-600 ring-1 ring-fuchsia-600' : 'border-fuchsia-200'}`}
          >
            <button type="button" onClick={() => onActivate(s.key)} className="block text-left font-serif text-sm hover:underline">
              &ldquo;{s.quoteText}&rdquo;
            </button>
            <p className="mt-1 text-sm text-stone-700">
              <span className="font-medium" data-testid="suggestion-source">
                {s.sourceName || t('noSource')}
              </span>
              {s.cue ? (
                <>
                  {' '}
                  · <span className="italic">{s.cue}</span>
                </>
              ) : null}{' '}
              · {s.stance === 'DENIES' ? t('denies') : t('asserts')}
            </p>
            {answered(s) ? (
              <p className="mt-1 text-xs text-stone-600" data-testid="suggestion-answers">
                {t('answers', { quote: answered(s)?.quoteText ?? '' })}
              </p>
            ) : null}
            {s.overlapsClaimIds.length > 0 ? <p className="mt-1 text-xs font-medium text-amber-800">{t('overlaps')}</p> : null}
            {s.checkedBefore ? (
              <p className="mt-1 text-xs font-semibold text-sky-900" data-testid="suggestion-checked-before">
                {s.checkedBefore.publicStatus
                  ? t('checkedBeforeVerdict', { verdict: status(s.checkedBefore.publicStatus), summary: s.checkedBefore.summary })
                  : t('checkedBefore', { summary: s.checkedBefore.summary })}
              </p>
            ) : null}
            {!s.confident ? (
              <p className="mt-1 text-xs font-medium text-amber-800">
                {s.doubts.length > 0 ? t('needsLookWhy', { reasons: s.doubts.map((d) => t(`doubt_${d}`)).join('; ') }) : t('needsLook')}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap gap-2">
              {s.checkedBefore ? (
                <Button type="button" variant="secondary" disabled={pending} onClick={() => accept([s], s.checkedBefore?.claimId)}>
                  {t('addToClaim')}
                </Button>
              ) : null}
              <Button
                type="button"
                variant={s.checkedBefore ? 'ghost' : 'secondary'}
                disabled={pending}
                onClick={() => accept(withAnswered(s))}
              >
                {t('accept')}
              </Button>
              <Button type="button" variant="ghost" onClick={() => onEdit(s)}>
                {t('editFirst')}
              </Button>
              <Button type="button" variant="ghost" onClick={() => onResolved([s.key])}>
                {t('dismiss')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
