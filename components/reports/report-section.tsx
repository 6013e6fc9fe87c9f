// One figure of the reports page: a heading, a note on what is counted, the chart, and the same
// numbers in a table.
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  note?: string;
  chart: ReactNode;
  head: string[];
  rows: (string | number)[][];
  empty: string;
}

export function ReportSection({ id, title, note, chart, head, rows, empty }: Props) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-3 rounded-lg border border-stone-200 bg-white p-4" data-testid={id}>
      <h2 id={id} className="text-lg font-medium">
        {title}
      </h2>
      {note ? <p className="text-sm text-stone-600">{note}</p> : null}
      {rows.length === 0 ? (
        <p className="text-sm text-stone-600">{empty}</p>
      ) : (
        <>
          {chart}
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  {head.map((h, i) => (
                    <th key={h} scope="col" className={`py-1 pr-3 font-medium ${i > 0 ? 'text-right' : ''}`}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, r) => (
                  <tr key={r} className="border-b border-stone-100">
                    {row.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className="py-1 pr-3 text-left font-normal">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className="py-1 pr-3 text-right tabular-nums">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
