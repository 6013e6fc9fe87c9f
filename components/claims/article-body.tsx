'use client';
// The article text with every anchored claim highlighted in its status colour. Selecting words
// (mouse, or keyboard with caret browsing) reports their body offsets; pressing Enter on a
// focused paragraph picks the whole paragraph, to be narrowed word by word in the claim form.
import { useMemo, useRef } from 'react';
import { segmentBody } from '@/lib/claims/body-segments';
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

export function ArticleBody({ body, highlights, activeId, onSelect, onActivate }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => segmentBody(body, highlights), [body, highlights]);
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
          aria-label={`Paragraph: press Enter to make a claim from it`}
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
