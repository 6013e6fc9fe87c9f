import { paragraphAround } from '@/lib/claims/body-segments';

/** The claim's words highlighted inside their paragraph of the article. */
export function QuoteInParagraph({ body, start, end, lang }: { body: string; start: number; end: number; lang: string }) {
  const paragraph = paragraphAround(body, start, end) ?? { start, end };
  return (
    <blockquote lang={lang} className="border-l-4 border-stone-300 pl-4 font-serif text-lg leading-relaxed text-stone-800" data-testid="quote-in-paragraph">
      {body.slice(paragraph.start, start)}
      <mark className="rounded-sm bg-amber-200 px-0.5 text-stone-950" data-testid="quote">{body.slice(start, end)}</mark>
      {body.slice(end, paragraph.end)}
    </blockquote>
  );
}
