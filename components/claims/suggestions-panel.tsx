'use client';
// Suggested claims beside the text: each can be accepted as it is, edited first, or dismissed.
// They are only proposals, shown apart from saved claims, until an editor accepts them. "Accept
// all" takes only the confident ones; the others say why they need a look and need a click each.
import { useState, useTransition } from 'react';
import { acceptSuggestionsAction } from '@/lib/actions/suggestions';
import { describeDoubts } from '@/lib/claims/suggestion-doubts';
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

const toAccepted = (s: Suggestion) => ({
  quoteStart: s.quoteStart,
  quoteEnd: s.quoteEnd,
  quoteText: s.quoteText,
  sourceName: s.sourceName,
  sourceKind: s.sourceKind,
  cue: s.cue,
  stance: s.stance,
  ...(s.answersKey ? { answersKey: s.answersKey } : {}),
});

export function SuggestionsPanel({ articleId, suggestions, activeKey, onEdit, onResolved, onActivate }: Props) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const accept = (chosen: Suggestion[]) =>
    startTransition(async () => {
      const result = await acceptSuggestionsAction(articleId, chosen.map(toAccepted));
      setMessage({ ok: result.ok, text: result.message ?? '' });
      if (result.ok) onResolved(chosen.map((s) => s.key));
    });

  const fresh = suggestions.filter((s) => s.overlapsClaimIds.length === 0 && s.confident);
  return (
    <section aria-labelledby="suggestions-heading" className="space-y-3 rounded-xl border border-fuchsia-200 bg-fuchsia-50/40 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="suggestions-heading" className="text-lg font-semibold">
          Suggestions ({suggestions.length})
        </h2>
        {fresh.length > 0 ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => accept(fresh)}>
            {pending ? 'Saving…' : `Accept all ${fresh.length} confident`}
          </Button>
        ) : null}
      </div>
      {message ? <Alert tone={message.ok ? 'success' : 'error'}>{message.text}</Alert> : null}
      {suggestions.length === 0 ? <p className="text-sm text-stone-600">No more suggestions.</p> : null}
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
                {s.sourceName || 'No source found'}
              </span>
              {s.cue ? (
                <>
                  {' '}
                  · <span className="italic">{s.cue}</span>
                </>
              ) : null}{' '}
              · {s.stance === 'DENIES' ? 'denies' : 'asserts'}
            </p>
            {s.overlapsClaimIds.length > 0 ? <p className="mt-1 text-xs font-medium text-amber-800">Overlaps a saved claim</p> : null}
            {!s.confident ? (
              <p className="mt-1 text-xs font-medium text-amber-800">
                Needs a look{s.doubts.length > 0 ? `: ${describeDoubts(s.doubts)}` : ''}
              </p>
            ) : null}
            <div className="mt-2 flex flex-wrap gap-2">
              <Button type="button" variant="secondary" disabled={pending} onClick={() => accept([s])}>
                Accept
              </Button>
              <Button type="button" variant="ghost" onClick={() => onEdit(s)}>
                Edit, then accept
              </Button>
              <Button type="button" variant="ghost" onClick={() => onResolved([s.key])}>
                Dismiss
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
