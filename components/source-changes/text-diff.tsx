// A word diff of a source's readable text, as text: removed words struck through, added words
// underlined, and both also said in words (visually hidden) for a screen reader, so the change
// never rests on colour alone. <del>/<ins> carry the meaning for tools that read it.
import { useTranslations } from 'next-intl';
import type { DiffPart } from '@/lib/evidence-archive/text-change';

export function TextDiff({ parts, cut }: { parts: DiffPart[]; cut: boolean }) {
  const t = useTranslations('SourceChanges');
  return (
    <p className="max-h-64 overflow-y-auto rounded-md border border-stone-200 bg-stone-50 p-3 font-serif text-sm leading-relaxed break-words">
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index} className="bg-red-100 text-red-900 decoration-2">
            <span className="sr-only">[{t('removed')} </span>
            {part.text}
            <span className="sr-only"> {t('endOfChange')}]</span>
          </del>
        ) : (
          <ins key={index} className="bg-emerald-100 text-emerald-900 underline decoration-2 underline-offset-2">
            <span className="sr-only">[{t('added')} </span>
            {part.text}
            <span className="sr-only"> {t('endOfChange')}]</span>
          </ins>
        ),
      )}
      {cut ? <span aria-hidden="true"> …</span> : null}
    </p>
  );
}
