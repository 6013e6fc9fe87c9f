// A horizontal bar chart drawn with visx (scales and bars, rendered on the server as plain SVG):
// each bar carries its label and its number in text, so nothing depends on colour. The same numbers
// are in a table next to it (the page's job); the SVG itself is hidden from screen readers, which
// read the table.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';

export interface BarRow {
  label: string;
  value: number;
  /** How the number is shown at the end of the bar ("12", "3.5 d"). */
  shown: string;
}

const WIDTH = 360;
const ROW = 30;
const LABEL = 120;
const GAP = 8;

export function BarChart({ rows, testId }: { rows: BarRow[]; testId?: string }) {
  const height = rows.length * ROW + 4;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - LABEL - 64] });
  const y = scaleBand<string>({ domain: rows.map((_, i) => String(i)), range: [0, rows.length * ROW], padding: 0.25 });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-md" aria-hidden="true" data-testid={testId} role="presentation">
      {rows.map((row, i) => {
        const top = y(String(i)) ?? 0;
        const width = Math.max(row.value > 0 ? 2 : 0, x(row.value));
        return (
          <Group key={i} top={top}>
            <text x={LABEL - GAP} y={y.bandwidth() / 2} dominantBaseline="middle" textAnchor="end" className="fill-stone-800 text-[13px]">
              {row.label.length > 17 ? `${row.label.slice(0, 16)}…` : row.label}
            </text>
            <Bar x={LABEL} y={0} width={width} height={y.bandwidth()} className="fill-sky-700" rx={2} />
            <text
              x={LABEL + width + 6}
              y={y.bandwidth() / 2}
              dominantBaseline="middle"
              className="fill-stone-900 text-[13px] font-semibold"
            >
              {row.shown}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}
