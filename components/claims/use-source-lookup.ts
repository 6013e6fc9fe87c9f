'use client';
// The claim form's source field asks the desk, as the editor types, which existing source the
// text means and which names contain it (/api/desk-sources), instead of the workspace sending every
// source to the browser. Typing is debounced and a newer question cancels the older one.
import { useEffect, useState } from 'react';
import type { ClaimSourceSuggestions } from '@/lib/data/sources';

const DEBOUNCE_MS = 150;

export type SourceLookup = { state: 'empty' } | { state: 'pending' } | { state: 'failed' } | ({ state: 'done' } & ClaimSourceSuggestions);

export function useSourceLookup(typed: string): SourceLookup {
  const text = typed.trim();
  // The last answer, with the words it answers: an answer about other words is no answer about these.
  const [answer, setAnswer] = useState<{ for: string; lookup: SourceLookup } | null>(null);
  useEffect(() => {
    if (!text) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/desk-sources?q=${encodeURIComponent(text)}`, { signal: abort.signal, credentials: 'same-origin' })
        .then(async (response) => {
          if (!response.ok) throw new Error(`source lookup answered ${response.status}`);
          const found = (await response.json()) as ClaimSourceSuggestions;
          setAnswer({ for: text, lookup: { state: 'done', ...found } });
        })
        .catch(() => {
          if (!abort.signal.aborted) setAnswer({ for: text, lookup: { state: 'failed' } });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [text]);
  if (!text) return { state: 'empty' };
  return answer?.for === text ? answer.lookup : { state: 'pending' };
}
