'use client';
// "New claim" / "Edit claim": the quote (adjustable word by word), who said it, how, and which claim
// it is: a new one (with the checkable statement) or one already in the desk, ranked by the matcher.
// One server action saves it; a refused save keeps everything typed.
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState } from 'react';
import { updateAttributionAction } from '@/lib/actions/attributions';
import { createClaimAction, linkAttributionAction } from '@/lib/actions/claims';
import type { SavedPlace } from '@/lib/actions/claim-insert';
import type { ActionResult } from '@/lib/actions/result';
import { STATUS_ORDER } from '@/lib/claims/status';
import { stepEdge, type Direction, type Edge } from '@/lib/claims/word-steps';
import type { ClaimStatus, Stance } from '@/lib/generated/prisma/enums';
import { Button } from '@/components/ui/button';
import { Field, fieldAria, Select, TextArea } from '@/components/ui/field';
import { RecordIdInput } from '@/components/ui/record-id-input';
import { firstError, FormStatus, keptValue } from '@/components/ui/form-status';
import { BelongsTo } from './belongs-to';
import { SourceFields } from './source-fields';
import { useClaimMatches } from './use-claim-matches';

export interface ClaimDraft {
  /** Set when editing a saved attribution (these words, where they were said). */
  attributionId?: string;
  /** The claim's version, when editing. */
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

const EDGE_BUTTONS: [Edge, Direction, 'startBack' | 'startForward' | 'endBack' | 'endForward'][] = [
  ['start', 'back', 'startBack'],
  ['start', 'forward', 'startForward'],
  ['end', 'back', 'endBack'],
  ['end', 'forward', 'endForward'],
];
const MOVE_LABEL = {
  startBack: 'moveStartBack',
  startForward: 'moveStartForward',
  endBack: 'moveEndBack',
  endForward: 'moveEndForward',
} as const;

type Saved = ActionResult<SavedPlace> | null;

export function ClaimForm({ articleId, body, draft, onDone }: Props) {
  const t = useTranslations('ClaimForm');
  const statusLabel = useTranslations('Status');
  const editing = Boolean(draft.attributionId);
  const [createState, create, creating] = useActionState<Saved, FormData>(
    draft.attributionId ? updateAttributionAction : createClaimAction,
    null,
  );
  const [linkState, link, linking] = useActionState<Saved, FormData>(linkAttributionAction, null);
  const [span, setSpan] = useState({ start: draft.start, end: draft.end });
  const [sourceName, setSourceName] = useState(draft.sourceName);
  const [stance, setStance] = useState<Stance>(draft.stance);
  const [summary, setSummary] = useState(draft.summary);
  const [belongsTo, setBelongsTo] = useState('');
  const quote = body.slice(span.start, span.end);
  // The statement as typed says best what the claim is; until it is edited, the quote does.
  const matchText = summary.trim() && summary !== draft.summary ? summary : quote;
  const matches = useClaimMatches(articleId, { text: matchText, sourceName: sourceName.trim(), stance }, !editing);
  const linkingToClaim = !editing && belongsTo !== '';
  const state = linkingToClaim ? linkState : createState;
  const pending = creating || linking;
  const kept = (name: string, fallback: string) => keptValue(state, name) ?? fallback;

  useEffect(() => {
    if (createState?.ok || linkState?.ok) onDone(true);
  }, [createState, linkState, onDone]);

  return (
    <form action={linkingToClaim ? link : create} className="space-y-4" aria-label={editing ? t('editTitle') : t('newTitle')}>
      <h2 className="text-lg font-semibold">{editing ? t('editTitle') : t('newTitle')}</h2>
      {/* Saving an edit is about the attribution; creating a claim or linking the quote to one is about the article. */}
      <RecordIdInput id={draft.attributionId && !linkingToClaim ? draft.attributionId : articleId} />
      <FormStatus state={state && !state.ok ? state : null} />
      <input type="hidden" name="quoteStart" value={span.start} />
      <input type="hidden" name="quoteEnd" value={span.end} />
      <input type="hidden" name="quoteText" value={quote} />
      {draft.version ? <input type="hidden" name="version" value={draft.version} /> : null}
      {linkingToClaim ? <input type="hidden" name="claimId" value={belongsTo} /> : null}
      <div className="space-y-1">
        <p className="text-sm font-medium" id="quote-label">
          {t('quote')}
        </p>
        <blockquote
          aria-labelledby="quote-label"
          data-testid="claim-quote"
          className="max-h-40 overflow-auto border-l-4 border-sky-600 bg-sky-50 px-3 py-2 font-serif"
        >
          {quote}
        </blockquote>
        <div className="flex flex-wrap gap-1" role="group" aria-label={t('adjustGroup')}>
          {EDGE_BUTTONS.map(([edge, direction, label]) => (
            <button
              key={label}
              type="button"
              className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs"
              onClick={() => setSpan(stepEdge(body, span, edge, direction))}
              aria-label={t(MOVE_LABEL[label])}
            >
              {t(label)}
            </button>
          ))}
        </div>
        <p id="quoteText-error" aria-live="polite" className="text-sm text-red-700">
          {firstError(state, 'quoteText')}
        </p>
      </div>
      <SourceFields state={state} sourceName={sourceName} onSourceName={setSourceName} cue={kept('cue', draft.cue)} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t('stance')}</legend>
        {(['ASSERTS', 'DENIES'] as const).map((value) => (
          <label key={value} className="mr-4 inline-flex items-center gap-1 text-sm">
            <input type="radio" name="stance" value={value} checked={stance === value} onChange={() => setStance(value)} />{' '}
            {value === 'ASSERTS' ? t('asserts') : t('denies')}
          </label>
        ))}
      </fieldset>
      {editing ? null : <BelongsTo matches={matches} chosen={belongsTo} onChoose={setBelongsTo} />}
      {linkingToClaim ? (
        <p id="claimId-error" aria-live="polite" className="text-sm text-red-700">
          {firstError(state, 'claimId')}
        </p>
      ) : (
        <>
          <Field id="summary" label={t('summary')} hint={t('summaryHint')} error={firstError(state, 'summary')}>
            <TextArea
              {...fieldAria('summary', firstError(state, 'summary'), { hint: true })}
              rows={3}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
            />
          </Field>
          <Field id="status" label={t('status')} error={firstError(state, 'status')}>
            <Select {...fieldAria('status', firstError(state, 'status'))} defaultValue={kept('status', draft.status)}>
              {STATUS_ORDER.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : linkingToClaim ? t('link') : t('save')}
        </Button>
        <Button type="button" variant="ghost" onClick={() => onDone(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
