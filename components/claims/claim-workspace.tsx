'use client';
// The editor's workspace: the article with its claims highlighted on the left, the claim list (or
// the claim form) on the right. Selecting words opens "New claim" prefilled from the selection.
// Every claim is highlighted in the text (from compact highlights); the list shows a page of cards
// at a time (`?claims=N`), and activating a claim beyond it asks the server for enough pages.
import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { suggestClaimsAction } from '@/lib/actions/suggestions';
import type { Suggestion } from '@/lib/claims/suggestions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { pagesFor } from '@/lib/claims/workspace-paging';
import type { WorkspaceClaim, WorkspaceHighlight } from '@/lib/data/articles';
import { ArticleBody, type BodyHighlight } from './article-body';
import { ClaimForm, type ClaimDraft } from './claim-form';
import { ClaimList } from './claim-list';
import { SuggestionsPanel } from './suggestions-panel';

interface Props {
  articleId: string;
  body: string;
  /** Every live claim, in text order. */
  highlights: WorkspaceHighlight[];
  /** The cards of the first claims in text order (a page or more). */
  cards: WorkspaceClaim[];
  canWrite: boolean;
}

function scrollToCard(id: string): boolean {
  const card = document.querySelector(`[data-attribution-id="${id}"]`);
  card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  return Boolean(card);
}

export function ClaimWorkspace({ articleId, body, highlights: claimHighlights, cards, canWrite }: Props) {
  const t = useTranslations('ClaimCards');
  const router = useRouter();
  const pathname = usePathname();
  const [draft, setDraftState] = useState<ClaimDraft | null>(null);
  // Each opened draft gets a fresh form, even for the same words selected twice.
  const [draftSerial, setDraftSerial] = useState(0);
  const setDraft = useCallback((next: ClaimDraft | null) => {
    setDraftState(next);
    if (next) setDraftSerial((n) => n + 1);
  }, []);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [suggestError, setSuggestError] = useState<string | null>(null);
  const [suggesting, startSuggesting] = useTransition();

  const findSuggestions = () =>
    startSuggesting(async () => {
      const result = await suggestClaimsAction(articleId);
      setSuggestError(result.ok ? null : result.message);
      if (result.ok) setSuggestions(result.data?.suggestions ?? []);
    });
  const resolveSuggestions = (keys: string[]) => setSuggestions((current) => current?.filter((s) => !keys.includes(s.key)) ?? null);

  // A claim whose words were lost keeps its old offsets only for the record: never highlight them.
  const highlights = useMemo<BodyHighlight[]>(
    () => [
      ...claimHighlights
        .filter(([, , , , needsAttention]) => !needsAttention)
        .map(([id, start, end, status]) => ({ id, start, end, status, kind: 'claim' as const })),
      ...(suggestions ?? []).map((s) => ({
        id: `suggestion-${s.key}`,
        start: s.quoteStart,
        end: s.quoteEnd,
        status: 'UNSTARTED' as const,
        kind: 'suggestion' as const,
      })),
    ],
    [claimHighlights, suggestions],
  );

  const startNewClaim = useCallback(
    (span: { start: number; end: number }) => {
      if (!canWrite) return;
      setDraft({
        ...span,
        sourceName: '',
        cue: '',
        stance: 'ASSERTS',
        summary: body.slice(span.start, span.end).slice(0, 2000),
        status: 'UNSTARTED',
      });
    },
    [body, canWrite, setDraft],
  );

  const editSuggestion = (s: Suggestion) =>
    setDraft({
      start: s.quoteStart,
      end: s.quoteEnd,
      sourceName: s.sourceName,
      cue: s.cue,
      stance: s.stance,
      summary: s.quoteText.slice(0, 2000),
      status: 'UNSTARTED',
      suggestionKey: s.key,
    });

  const editClaim = (claim: WorkspaceClaim) =>
    setDraft({
      attributionId: claim.id,
      version: claim.version,
      start: claim.quoteStart,
      end: claim.quoteEnd,
      sourceName: claim.source?.name ?? '',
      cue: claim.cue,
      stance: claim.stance,
      summary: claim.summary,
      status: claim.status,
    });

  // A claim activated in the text whose card is not listed yet: shown once its page arrives.
  const cardToReveal = useRef<string | null>(null);
  useEffect(() => {
    if (cardToReveal.current && scrollToCard(cardToReveal.current)) cardToReveal.current = null;
  }, [cards]);

  const activate = (id: string) => {
    setActiveId(id);
    if (scrollToCard(id)) return;
    const index = claimHighlights.findIndex(([claimId]) => claimId === id);
    if (index < 0) return;
    cardToReveal.current = id;
    router.replace(`${pathname}?claims=${pagesFor(index + 1)}`, { scroll: false });
  };

  const closeForm = useCallback(
    (saved: boolean) => {
      if (saved && draft?.suggestionKey) resolveSuggestions([draft.suggestionKey]);
      setDraft(null);
      window.getSelection()?.removeAllRanges();
    },
    [draft, setDraft],
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-label={t('articleLabel')} className="rounded-xl border border-stone-200 bg-white p-6">
        {canWrite ? <p className="mb-4 text-sm text-stone-500">{t('howToSelect')}</p> : null}
        <ArticleBody body={body} highlights={highlights} activeId={activeId} onSelect={startNewClaim} onActivate={activate} />
      </section>
      <aside
        aria-label={t('claimsLabel')}
        className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-auto"
      >
        {draft ? (
          <div className="rounded-xl border border-sky-200 bg-white p-4">
            <ClaimForm key={draftSerial} articleId={articleId} body={body} draft={draft} onDone={closeForm} />
          </div>
        ) : null}
        {canWrite ? (
          <div className="space-y-2">
            <Button type="button" variant="secondary" onClick={findSuggestions} disabled={suggesting}>
              {suggesting ? t('finding') : suggestions ? t('suggestAgain') : t('suggest')}
            </Button>
            {suggestError ? <Alert tone="error">{suggestError}</Alert> : null}
          </div>
        ) : null}
        {suggestions ? (
          <SuggestionsPanel
            articleId={articleId}
            suggestions={suggestions}
            activeKey={activeId?.startsWith('suggestion-') ? activeId.slice('suggestion-'.length) : null}
            onEdit={editSuggestion}
            onResolved={resolveSuggestions}
            onActivate={(key) => setActiveId(`suggestion-${key}`)}
          />
        ) : null}
        <h2 className="text-lg font-semibold">{t('claimsHeading', { count: claimHighlights.length })}</h2>
        <ClaimList
          claims={cards}
          total={claimHighlights.length}
          moreHref={`${pathname}?claims=${pagesFor(cards.length + 1)}`}
          activeId={activeId}
          canWrite={canWrite}
          onActivate={activate}
          onEdit={editClaim}
        />
      </aside>
    </div>
  );
}
