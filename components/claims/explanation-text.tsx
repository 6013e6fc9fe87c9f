// An explanation as readers and editors see it: paragraphs, line breaks and http(s) links, all as
// React text nodes (escaped); no HTML from the editor ever reaches the page.
import { explanationParagraphs } from '@/lib/claims/explanation';

/** `emptyText`: what to say when there is none, in the page's language (readers' pages say nothing). */
export function ExplanationText({ text, emptyText }: { text: string; emptyText: string }) {
  const paragraphs = explanationParagraphs(text);
  if (paragraphs.length === 0) return emptyText ? <p className="text-sm text-stone-500">{emptyText}</p> : null;
  return (
    <div className="space-y-3 font-serif leading-relaxed text-stone-900" data-testid="explanation">
      {paragraphs.map((tokens, p) => (
        <p key={p}>
          {tokens.map((token, t) =>
            token.kind === 'text' ? (
              <span key={t}>{token.text}</span>
            ) : token.kind === 'break' ? (
              <br key={t} />
            ) : (
              <a key={t} href={token.href} rel="nofollow noopener noreferrer" target="_blank" className="break-all text-sky-800 underline">
                {token.text}
              </a>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
