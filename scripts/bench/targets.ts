// The targets of issue 12 (item 2) that a run directly on Next can check, each with its verdict.
// The targets through the caching proxy are "not measured" when the run had no proxy (no varnishd,
// or --direct). Pure, so the table logic is unit-tested.

export interface PageFigures {
  key: string;
  page: string;
  reqPerSec: number;
  staticReqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytes: number;
  requests: number;
}

export interface TargetCheck {
  what: string;
  target: string;
  measured: string;
  pass: boolean | null;
}

export const share = (page: Pick<PageFigures, 'reqPerSec' | 'staticReqPerSec'>) =>
  page.staticReqPerSec > 0 ? page.reqPerSec / page.staticReqPerSec : 0;
const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
const MB = 1024 * 1024;

export function checkTargets(pages: PageFigures[], peakRssBytes: number): TargetCheck[] {
  const find = (key: string) => pages.find((p) => p.key === key);
  const checks: TargetCheck[] = [];
  const add = (what: string, target: string, page: PageFigures | undefined, measure: (p: PageFigures) => [string, boolean]) => {
    if (!page) return checks.push({ what, target, measured: 'not measured', pass: null });
    const [measured, pass] = measure(page);
    // A run in which no request completed has latencies of 0: that is a failure, not a fast page.
    if (page.requests === 0) return checks.push({ what, target, measured: `${measured} (no request completed)`, pass: false });
    checks.push({ what, target, measured, pass });
  };
  add('verdict page, hot, directly on Next', '>= 30% of the static file', find('verdict-hot'), (p) => [pct(share(p)), share(p) >= 0.3]);
  for (const [key, what] of [
    ['proxy-verdict-hot', 'verdict page through the caching proxy'],
    ['proxy-index', 'index through the caching proxy'],
  ] as const)
    add(what, '>= 50% of the proxy serving a static file, p99 < 100 ms', find(key), (p) => [
      `${pct(share(p))}, p99 ${p.p99} ms`,
      share(p) >= 0.5 && p.p99 < 100 && p.errors + p.timeouts + p.non2xx === 0,
    ]);
  add('1,000 cold verdict URLs', 'p99 < 1 s', find('verdict-cold'), (p) => [
    `p99 ${p.p99} ms`,
    p.p99 < 1000 && p.errors + p.timeouts === 0,
  ]);
  add('index /', '>= 30% of the static file', find('index'), (p) => [pct(share(p)), share(p) >= 0.3]);
  add('search', 'p99 < 300 ms', find('search'), (p) => [`p99 ${p.p99} ms`, p.p99 < 300 && p.errors + p.timeouts === 0]);
  add('/desk', 'p50 < 100 ms', find('desk'), (p) => [`p50 ${p.p50} ms`, p.p50 < 100]);
  add('500-claim workspace', 'p50 < 300 ms, < 300 kB of HTML', find('workspace'), (p) => [
    `p50 ${p.p50} ms, ${Math.round(p.bytes / 1024)} kB`,
    p.p50 < 300 && p.bytes < 300 * 1024,
  ]);
  checks.push({
    what: 'next-server RSS',
    target: '< 512 MB through every run',
    measured: `peak ${Math.round(peakRssBytes / MB)} MB`,
    pass: peakRssBytes < 512 * MB,
  });
  return checks;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatPages(pages: PageFigures[]): string {
  return table(
    ['page', 'req/s', 'share of static', 'p50', 'p99', 'errors/timeouts/non-2xx', 'bytes'],
    pages.map((p) => [
      p.page,
      p.reqPerSec.toFixed(p.reqPerSec < 100 ? 1 : 0),
      p.key === 'static' ? '100%' : pct(share(p)),
      `${p.p50} ms`,
      `${p.p99} ms`,
      `${p.errors}/${p.timeouts}/${p.non2xx}`,
      p.bytes >= 10_240 ? `${Math.round(p.bytes / 1024)} kB` : `${p.bytes} B`,
    ]),
  );
}

export function formatTargets(checks: TargetCheck[]): string {
  return table(
    ['target', 'goal', 'measured', 'result'],
    checks.map((c) => [c.what, c.target, c.measured, c.pass === null ? '-' : c.pass ? 'PASS' : 'FAIL']),
  );
}

/**
 * The floor beside the goals it bounds: the same measure taken on scripts/bench/floor-app (Next
 * alone) in the same run, so a reader sees whether a failing goal is within what Next manages at
 * all on this machine. Empty when the floor was not measured.
 */
export function formatFloor(pages: PageFigures[]): string {
  const find = (key: string) => pages.find((p) => p.key === key);
  const lines: string[] = [];
  const dynamic = find('floor-dynamic');
  if (dynamic) lines.push(`a page rendered per request: p50 ${dynamic.p50} ms (the /desk goal is p50 < 100 ms)`);
  const large = find('floor-large');
  if (large) {
    const kB = Math.round(large.bytes / 1024);
    lines.push(`the same at the workspace's shape and size (${kB} kB): p50 ${large.p50} ms (the workspace goal is p50 < 300 ms)`);
  }
  const two = find('floor-dynamic-two');
  if (two) lines.push(`the same page on two instances, one per core: p50 ${two.p50} ms`);
  const cold = find('floor-cold');
  if (cold) lines.push(`${cold.requests} cached pages not yet rendered: p99 ${cold.p99} ms (the cold verdict goal is p99 < 1 s)`);
  return lines.length ? `Next alone, same run (scripts/bench/floor-app, not judged):\n${lines.map((l) => `- ${l}`).join('\n')}` : '';
}
