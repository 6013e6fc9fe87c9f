'use client';
// The article text with every anchored claim highlighted in its status colour. Selecting words
// (mouse, or keyboard with caret browsing) reports their body offsets; pressing Enter on a
// focused paragraph picks the whole paragraph, to be narrowed word by word in the claim form.
// The server renders the opening paragraphs only; the browser draws the rest right after hydration
// (a 500-claim article would otherwise be sent twice in full: as HTML and as this component's text).
import { useTranslations } from 'next-intl';
import { useMemo, useRef, useSyncExternalStore } from 'react';
import { firstPaintParagraphCount, segmentParagraphs, splitParagraphs } from '@/lib/claims/body-segments';
import { CLAIM_STATUSES } from '@/lib/claims/status';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { selectedSpan } from './selection-offsets';

export interface BodyHighlight {
  id: string;
  start: number;
  end: number;
  status: ClaimStatus;
  kind: 'claim' | 'suggestion';
}

interface Props {
  body: string;
  highlights: BodyHighlight[];
  activeId: string | null;
  onSelect: (span: { start: number; end: number }) => void;
  onActivate: (id: string) => void;
}

/** Characters of the article the server renders: a screenful and more. */
const FIRST_PAINT_CHARACTERS = 8000;
const noSubscription = () => () => {};

/** False while rendering on the server and hydrating, true in the browser after that. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function ArticleBody({ body, highlights, activeId, onSelect, onActivate }: Props) {
  const t = useTranslations('ClaimCards');
  const container = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const paragraphs = useMemo(() => {
    const all = splitParagraphs(body);
    const shown = hydrated ? all : all.slice(0, firstPaintParagraphCount(all, FIRST_PAINT_CHARACTERS));
    return segmentParagraphs(body, shown, highlights);
  }, [body, highlights, hydrated]);
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);

  const reportSelection = () => {
    if (!container.current) return;
    const span = selectedSpan(container.current, body);
    if (span) onSelect(span);
  };

  return (
    <div
      ref={container}
      data-testid="article-body"
      onMouseUp={reportSelection}
      onKeyUp={(e) => e.shiftKey && reportSelection()}
      className="space-y-4 font-serif text-lg leading-relaxed"
    >
      {paragraphs.map((paragraph) => (
        <p
          key={paragraph.start}
          tabIndex={0}
          data-paragraph-start={paragraph.start}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.target === event.currentTarget) {
              event.preventDefault();
              onSelect({ start: paragraph.start, end: paragraph.end });
            }
          }}
          aria-label={t('paragraphLabel')}
          className="rounded px-1 focus-visible:bg-sky-50"
        >
          {paragraph.segments.map((segment) => {
            const marks = segment.highlightIds.map((id) => byId.get(id)).filter((h): h is BodyHighlight => Boolean(h));
            const claim = marks.find((m) => m.kind === 'claim');
            const suggestion = marks.find((m) => m.kind === 'suggestion');
            const active = marks.some((m) => m.id === activeId);
            const target = claim ?? suggestion;
            const className = [
              claim ? `${CLAIM_STATUSES[claim.status].highlightClass} cursor-pointer rounded-sm` : '',
              suggestion && !claim ? 'underline decoration-dashed decoration-2 decoration-fuchsia-500 underline-offset-4' : '',
              marks.length > 1 ? 'underline decoration-stone-500 decoration-2' : '',
              active ? 'outline-2 outline-sky-700' : '',
            ].join(' ');
            return (
              <span
                key={segment.start}
                data-start={segment.start}
                data-claims={marks.map((m) => m.id).join(' ') || undefined}
                className={className}
                onClick={target ? () => onActivate(target.id) : undefined}
              >
                {segment.text}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
