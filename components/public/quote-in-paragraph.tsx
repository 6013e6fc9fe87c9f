import type { PublicAttribution } from '@/lib/claims/public-snapshot';

/** The quoted words highlighted inside their paragraph, exactly as approved (from the snapshot). */
export function QuoteInParagraph({ quote, lang }: { quote: PublicAttribution['quote']; lang: string }) {
  return (
    <blockquote
      lang={lang}
      className="border-l-4 border-stone-300 pl-4 font-serif text-lg leading-relaxed text-stone-800"
      data-testid="quote-in-paragraph"
    >
      {quote.before}
      <mark className="rounded-sm bg-amber-200 px-0.5 text-stone-950" data-testid="quote">
        {quote.text}
      </mark>
      {quote.after}
    </blockquote>
  );
}
