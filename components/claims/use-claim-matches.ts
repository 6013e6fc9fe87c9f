'use client';
// The claim form's "which claim does this belong to?" list, asked of the matcher as the editor
// selects and types: debounced, and an answer about older words is dropped.
import { useEffect, useState } from 'react';
import { matchClaimsForArticleAction } from '@/lib/actions/claims';
import type { DeskClaimMatch } from '@/lib/data/claim-matches';
import type { MatchNotice } from '@/lib/matching/match-claims';

const DEBOUNCE_MS = 400;

export type ClaimMatches =
  { state: 'pending' } | { state: 'failed'; message: string } | { state: 'done'; matches: DeskClaimMatch[]; notice: MatchNotice | null };

interface Query {
  text: string;
  sourceName: string;
  stance: 'ASSERTS' | 'DENIES';
}

export function useClaimMatches(articleId: string, query: Query, enabled: boolean): ClaimMatches {
  const key = JSON.stringify(query);
  const [answer, setAnswer] = useState<{ for: string; matches: ClaimMatches } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(() => {
      const asked = JSON.parse(key) as Query;
      matchClaimsForArticleAction(articleId, { text: asked.text, sourceName: asked.sourceName || undefined, stance: asked.stance })
        .then((result) => {
          if (!current) return;
          const matches: ClaimMatches = result.ok
            ? { state: 'done', matches: result.data?.matches ?? [], notice: result.data?.notice ?? null }
            : { state: 'failed', message: result.message ?? '' };
          setAnswer({ for: key, matches });
        })
        .catch(() => {
          if (current) setAnswer({ for: key, matches: { state: 'failed', message: '' } });
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [articleId, key, enabled]);
  return answer?.for === key ? answer.matches : { state: 'pending' };
}
