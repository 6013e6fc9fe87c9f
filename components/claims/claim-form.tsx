'use client';
// "New claim" / "Edit claim": the quote (adjustable word by word), who said it, how, and the
// checkable statement. One server action saves it; a refused save keeps everything typed.
import { useActionState, useEffect, useState } from 'react';
import { createClaimAction, updateClaimAction } from '@/lib/actions/claims';
import type { ActionResult } from '@/lib/actions/result';
import { STATUS_ORDER, statusLabel } from '@/lib/claims/status';
import { stepEdge, type Direction, type Edge } from '@/lib/claims/word-steps';
import type { ClaimStatus, Stance } from '@/lib/generated/prisma/enums';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, TextArea, TextInput } from '@/components/ui/field';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { KindOptions } from '@/components/sources/kind-options';
import { useSourceLookup } from './use-source-lookup';

export interface ClaimDraft {
  claimId?: string;
  version?: number;
  start: number;
  end: number;
  sourceName: string;
  cue: string;
  stance: Stance;
  summary: string;
  status: ClaimStatus;
  /** Set when the draft comes from a suggestion, so saving it resolves the suggestion. */
  suggestionKey?: string;
}

interface Props {
  articleId: string;
  body: string;
  draft: ClaimDraft;
  onDone: (saved: boolean) => void;
}

const EDGE_BUTTONS: [Edge, Direction, string][] = [
  ['start', 'back', 'Start ◀'],
  ['start', 'forward', 'Start ▶'],
  ['end', 'back', '◀ End'],
  ['end', 'forward', '▶ End'],
];

export function ClaimForm({ articleId, body, draft, onDone }: Props) {
  const action = draft.claimId ? updateClaimAction.bind(null, draft.claimId) : createClaimAction.bind(null, articleId);
  const [state, submit, pending] = useActionState<ActionResult<{ claimId: string }> | null, FormData>(action, null);
  const [span, setSpan] = useState({ start: draft.start, end: draft.end });
  const [sourceName, setSourceName] = useState(draft.sourceName);
  const quote = body.slice(span.start, span.end);
  const lookup = useSourceLookup(sourceName);
  const existing = lookup.state === 'done' ? lookup.existing : null;
  // The kind is asked once the desk has answered that the source is new (or could not answer).
  const isNewSource = (lookup.state === 'done' && !existing) || lookup.state === 'failed';
  const kept = (name: string, fallback: string) => keptValue(state, name) ?? fallback;

  useEffect(() => {
    if (state?.ok) onDone(true);
  }, [state, onDone]);

  return (
    <form action={submit} className="space-y-4" aria-label={draft.claimId ? 'Edit claim' : 'New claim'}>
      <h2 className="text-lg font-semibold">{draft.claimId ? 'Edit claim' : 'New claim'}</h2>
      <FormStatus state={state && !state.ok ? state : null} />
      <input type="hidden" name="quoteStart" value={span.start} />
      <input type="hidden" name="quoteEnd" value={span.end} />
      <input type="hidden" name="quoteText" value={quote} />
      {draft.version ? <input type="hidden" name="version" value={draft.version} /> : null}
      <div className="space-y-1">
        <p className="text-sm font-medium" id="quote-label">
          Quote
        </p>
        <blockquote
          aria-labelledby="quote-label"
          data-testid="claim-quote"
          className="max-h-40 overflow-auto border-l-4 border-sky-600 bg-sky-50 px-3 py-2 font-serif"
        >
          {quote}
        </blockquote>
        <div className="flex flex-wrap gap-1" role="group" aria-label="Adjust the quote by one word">
          {EDGE_BUTTONS.map(([edge, direction, label]) => (
            <button
              key={label}
              type="button"
              className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs"
              onClick={() => setSpan(stepEdge(body, span, edge, direction))}
              aria-label={`Move the ${edge} of the quote one word ${direction === 'back' ? 'back' : 'forward'}`}
            >
              {label}
            </button>
          ))}
        </div>
        <p id="quoteText-error" aria-live="polite" className="text-sm text-red-700">
          {firstError(state, 'quoteText')}
        </p>
      </div>
      <Field
        id="sourceName"
        label="Source (who said it)"
        error={firstError(state, 'sourceName')}
        hint={
          existing
            ? `Existing source: ${existing.name}`
            : lookup.state === 'pending'
              ? 'Looking the source up…'
              : isNewSource
                ? 'A new source will be created.'
                : 'Leave empty when the article states it without attribution.'
        }
      >
        <TextInput
          {...fieldAria('sourceName', firstError(state, 'sourceName'), { hint: true })}
          list="source-choices"
          value={sourceName}
          onChange={(e) => setSourceName(e.target.value)}
          autoComplete="off"
        />
      </Field>
      <datalist id="source-choices">
        {(lookup.state === 'done' ? lookup.suggestions : [])
          .flatMap((s) => [s.name, ...s.aliases])
          .map((name, i) => (
            <option key={`${name}-${i}`} value={name} />
          ))}
      </datalist>
      {isNewSource ? (
        <Field id="sourceKind" label="Kind of the new source" error={firstError(state, 'sourceKind')}>
          <Select {...fieldAria('sourceKind', firstError(state, 'sourceKind'))} defaultValue={kept('sourceKind', 'OTHER')}>
            <KindOptions />
          </Select>
        </Field>
      ) : (
        <input type="hidden" name="sourceKind" value={existing?.kind ?? 'OTHER'} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="cue" label="Cue (the attribution words)" error={firstError(state, 'cue')} hint="e.g. mengatakan, menolak, said, denies">
          <TextInput {...fieldAria('cue', firstError(state, 'cue'), { hint: true })} defaultValue={kept('cue', draft.cue)} />
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Stance</legend>
          {(['ASSERTS', 'DENIES'] as const).map((stance) => (
            <label key={stance} className="mr-4 inline-flex items-center gap-1 text-sm">
              <input type="radio" name="stance" value={stance} defaultChecked={kept('stance', draft.stance) === stance} />{' '}
              {stance === 'ASSERTS' ? 'Asserts' : 'Denies'}
            </label>
          ))}
        </fieldset>
      </div>
      <Field id="summary" label="Summary (the checkable statement, in your words)" error={firstError(state, 'summary')}>
        <TextArea {...fieldAria('summary', firstError(state, 'summary'))} rows={3} defaultValue={kept('summary', draft.summary)} />
      </Field>
      <Field id="status" label="Status" error={firstError(state, 'status')}>
        <Select {...fieldAria('status', firstError(state, 'status'))} defaultValue={kept('status', draft.status)}>
          {STATUS_ORDER.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save claim'}
        </Button>
        <Button type="button" variant="ghost" onClick={() => onDone(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
