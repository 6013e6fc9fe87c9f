// Columns over time (one per week) drawn with visx as server-rendered SVG: a baseline, the count on
// top of every column that has one, and the week under every other column, so it reads in
// greyscale. The page's table holds every number.
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';

export interface Column {
  label: string;
  value: number;
}

const WIDTH = 360;
const HEIGHT = 170;
const TOP = 18;
const BOTTOM = 26;

export function ColumnChart({ columns, testId }: { columns: Column[]; testId?: string }) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const x = scaleBand<string>({ domain: columns.map((c) => c.label), range: [4, WIDTH - 4], padding: 0.2 });
  const y = scaleLinear<number>({ domain: [0, max], range: [HEIGHT - BOTTOM, TOP] });
  const every = Math.max(1, Math.ceil(columns.length / 4));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-xl" aria-hidden="true" role="presentation" data-testid={testId}>
      <Group>
        {columns.map((c) => {
          const left = x(c.label) ?? 0;
          const top = y(c.value);
          return (
            <Group key={c.label}>
              <Bar x={left} y={top} width={x.bandwidth()} height={HEIGHT - BOTTOM - top} className="fill-sky-700" />
              {c.value > 0 ? (
                <text x={left + x.bandwidth() / 2} y={top - 4} textAnchor="middle" className="fill-stone-900 text-[12px] font-semibold">
                  {c.value}
                </text>
              ) : null}
            </Group>
          );
        })}
      </Group>
      <AxisBottom
        top={HEIGHT - BOTTOM}
        scale={x}
        tickValues={columns.filter((_, i) => i % every === 0).map((c) => c.label)}
        tickFormat={(week) => week.slice(5)}
        stroke="#57534e"
        tickStroke="#57534e"
        tickLabelProps={{ fontSize: 12, fill: '#44403c', textAnchor: 'middle' }}
      />
    </svg>
  );
}
