'use client';
// Draws a long text with its highlighted spans; on the server only the first paragraphs, as the
// workspace's article body does.
const FIRST_PAINT_PARAGRAPHS = 40;

type Highlight = readonly [id: string, start: number, end: number, status: string];

export function LongText({ body, highlights }: { body: string; highlights: readonly Highlight[] }) {
  const texts = body.split('\n\n').slice(0, FIRST_PAINT_PARAGRAPHS);
  const starts = texts.reduce<number[]>((all, text, n) => [...all, n === 0 ? 0 : all[n - 1]! + texts[n - 1]!.length + 2], []);
  const paragraphs = texts.map((text, n) => {
    const start = starts[n]!;
    const mark = highlights.find(([, from]) => from === start);
    if (!mark) return <p key={start}>{text}</p>;
    const end = mark[2] - start;
    return (
      <p key={start}>
        <mark data-claim={mark[0]} data-status={mark[3]} tabIndex={0}>
          {text.slice(0, end)}
        </mark>
        {text.slice(end)}
      </p>
    );
  });
  return <article className="space-y-3 font-serif leading-relaxed">{paragraphs}</article>;
}
