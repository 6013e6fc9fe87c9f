'use client';
// The article's claims beside the text: summary, source, cue and stance, status, and the
// "needs attention" flag for a claim whose words were lost in a correction.
import Link from 'next/link';
import { useActionState, useState } from 'react';
import { deleteClaimAction } from '@/lib/actions/claims';
import { PUBLICATION_LABELS } from '@/lib/claims/status';
import type { WorkspaceClaim } from '@/lib/data/articles';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { StatusBadge } from '@/components/ui/status-badge';

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

function DeleteClaim({ claim }: { claim: WorkspaceClaim }) {
  const [confirming, setConfirming] = useState(false);
  const [state, remove, pending] = useActionState(deleteClaimAction.bind(null, claim.id), null);
  if (!confirming)
    return (
      <Button type="button" variant="ghost" onClick={() => setConfirming(true)}>
        Delete
      </Button>
    );
  return (
    <form action={remove} className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm deletion">
      <span className="text-sm">Delete this claim? Its history is kept.</span>
      <Button type="submit" variant="danger" disabled={pending} autoFocus>
        {pending ? 'Deleting…' : 'Yes, delete'}
      </Button>
      <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
      <FormStatus state={state && !state.ok ? state : null} />
    </form>
  );
}

export function ClaimList({ claims, total, moreHref, activeId, canWrite, onActivate, onEdit }: Props) {
  if (claims.length === 0) return <p className="text-sm text-stone-600">No claims yet. Select words in the article to make one.</p>;
  return (
    <>
      <ol className="space-y-3" aria-label="Claims in this article">
        {claims.map((claim) => (
          <li
            key={claim.id}
            data-testid="claim-card"
            data-claim-id={claim.id}
            className={`rounded-lg border bg-white p-3 ${activeId === claim.id ? 'border-sky-600 ring-1 ring-sky-600' : 'border-stone-200'}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge status={claim.status} />
              {claim.needsAttention ? (
                <span className="rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950">
                  Needs attention: quote not found after a correction
                </span>
              ) : null}
              {claim.publication !== 'DRAFT' ? (
                <span className="text-xs text-stone-500">{PUBLICATION_LABELS[claim.publication]}</span>
              ) : null}
            </div>
            <button type="button" onClick={() => onActivate(claim.id)} className="mt-2 block text-left font-medium hover:underline">
              {claim.summary}
            </button>
            <p className="mt-1 text-sm text-stone-600">
              <span data-testid="claim-source">{claim.source?.name ?? 'No source (stated by the article)'}</span>
              {claim.cue ? (
                <>
                  {' '}
                  · <span className="italic">{claim.cue}</span>
                </>
              ) : null}
              {' · '}
              {claim.stance === 'DENIES' ? 'denies' : 'asserts'}
            </p>
            <p className="mt-1 line-clamp-2 font-serif text-sm text-stone-700">&ldquo;{claim.quoteText}&rdquo;</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <a href={`/desk/claims/${claim.id}`} className="rounded px-3 py-2 text-sm text-sky-800 hover:bg-stone-100">
                Check
              </a>
              {canWrite && claim.publication === 'DRAFT' ? (
                <>
                  <Button type="button" variant="ghost" onClick={() => onEdit(claim)}>
                    Edit
                  </Button>
                  <DeleteClaim claim={claim} />
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {total > claims.length ? (
        <p className="text-sm text-stone-600">
          Showing {claims.length} of {total} claims.{' '}
          <Link href={moreHref} replace scroll={false} className="text-sky-800 underline">
            Show more claims
          </Link>
        </p>
      ) : null}
    </>
  );
}
