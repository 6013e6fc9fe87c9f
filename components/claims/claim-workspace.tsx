'use client';
// The editor's workspace: the article with its claims highlighted on the left, the claim list (or
// the claim form) on the right. Selecting words opens "New claim" prefilled from the selection.
import { useCallback, useMemo, useState } from 'react';
import type { SourceChoice, WorkspaceClaim } from '@/lib/data/articles';
import { ArticleBody, type BodyHighlight } from './article-body';
import { ClaimForm, type ClaimDraft } from './claim-form';
import { ClaimList } from './claim-list';

interface Props {
  articleId: string;
  body: string;
  claims: WorkspaceClaim[];
  sources: SourceChoice[];
  canWrite: boolean;
}

export function ClaimWorkspace({ articleId, body, claims, sources, canWrite }: Props) {
  const [draft, setDraft] = useState<ClaimDraft | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);

  // A claim whose words were lost keeps its old offsets only for the record: never highlight them.
  const highlights = useMemo<BodyHighlight[]>(
    () => claims.filter((c) => !c.needsAttention).map((c) => ({ id: c.id, start: c.quoteStart, end: c.quoteEnd, status: c.status, kind: 'claim' })),
    [claims],
  );

  const startNewClaim = useCallback(
    (span: { start: number; end: number }) => {
      if (!canWrite) return;
      setDraft({ ...span, sourceName: '', cue: '', stance: 'ASSERTS', summary: body.slice(span.start, span.end).slice(0, 2000), status: 'UNSTARTED' });
    },
    [body, canWrite],
  );

  const editClaim = (claim: WorkspaceClaim) =>
    setDraft({ claimId: claim.id, version: claim.version, start: claim.quoteStart, end: claim.quoteEnd, sourceName: claim.source?.name ?? '', cue: claim.cue, stance: claim.stance, summary: claim.summary, status: claim.status });

  const activate = (id: string) => {
    setActiveId(id);
    document.querySelector(`[data-claim-id="${id}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const closeForm = useCallback(() => {
    setDraft(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-label="Article text" className="rounded-xl border border-stone-200 bg-white p-6">
        {canWrite ? <p className="mb-4 text-sm text-stone-500">Select the words of a claim to make it a claim. Keyboard: Tab to a paragraph and press Enter, then adjust the quote word by word.</p> : null}
        <ArticleBody body={body} highlights={highlights} activeId={activeId} onSelect={startNewClaim} onActivate={activate} />
      </section>
      <aside aria-label="Claims" className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-auto">
        {draft ? (
          <div className="rounded-xl border border-sky-200 bg-white p-4">
            <ClaimForm key={`${draft.claimId ?? 'new'}-${draft.start}-${draft.end}`} articleId={articleId} body={body} draft={draft} sources={sources} onDone={closeForm} />
          </div>
        ) : null}
        <h2 className="text-lg font-semibold">Claims ({claims.length})</h2>
        <ClaimList claims={claims} activeId={activeId} canWrite={canWrite} onActivate={activate} onEdit={editClaim} />
      </aside>
    </div>
  );
}
