// The desk during the outage: one signed-in editor opening /desk every 250 ms, and what the issue
// asks of the answers: none slower than 5 s, a clear 503 while the database is away (after a
// moment to notice), and pages again within 5 s of its return.
export interface DeskAnswer {
  at: number;
  status: number;
  ms: number;
}

const PERIOD_MS = 250;
const LIMIT_MS = 5000;
/** Requests already running when the database stops may fail any way; the gate must answer after this. */
const NOTICE_MS = 2500;

export async function watchDesk(baseUrl: string, cookie: string, until: number): Promise<DeskAnswer[]> {
  const answers: DeskAnswer[] = [];
  while (Date.now() < until) {
    const at = Date.now();
    let status = 0;
    try {
      const response = await fetch(`${baseUrl}/desk`, { headers: { cookie, accept: 'text/html' }, signal: AbortSignal.timeout(15_000) });
      await response.text();
      status = response.status;
    } catch {
      status = 0;
    }
    answers.push({ at, status, ms: Date.now() - at });
    await new Promise((r) => setTimeout(r, Math.max(0, at + PERIOD_MS - Date.now())));
  }
  return answers;
}

/** "503: 30, 500: 1": what the desk answered, for the check's detail (a request already running at the stop may fail any way). */
function byStatus(answers: DeskAnswer[]): string {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${status === 0 ? 'no answer' : status}: ${n}`).join(', ') || 'none';
}

export function checkOutage(answers: DeskAnswer[], times: { stoppedAt: number; backAt: number }): [string, boolean, string][] {
  const slow = answers.filter((a) => a.ms > LIMIT_MS);
  const during = answers.filter((a) => a.at >= times.stoppedAt + NOTICE_MS && a.at + a.ms <= times.backAt);
  const not503 = during.filter((a) => a.status !== 503);
  const firstOk = answers.find((a) => a.at >= times.backAt && a.status === 200);
  const recoveryMs = firstOk ? firstOk.at + firstOk.ms - times.backAt : Infinity;
  const before = answers.filter((a) => a.at + a.ms < times.stoppedAt);
  return [
    [
      'outage: the desk worked before',
      before.length > 0 && before.every((a) => a.status === 200),
      `${before.length} answers before the stop`,
    ],
    [
      'outage: every desk answer within 5 s',
      slow.length === 0,
      `${answers.length} answers, slowest ${Math.max(...answers.map((a) => a.ms))} ms`,
    ],
    [
      'outage: the desk answers 503 while the database is away',
      during.length > 0 && not503.length === 0,
      `${during.length} answers from ${NOTICE_MS / 1000} s after the stop; others: ${JSON.stringify(not503.slice(0, 5))}; ` +
        `from the stop to the return, by status: ${byStatus(answers.filter((a) => a.at + a.ms >= times.stoppedAt && a.at <= times.backAt))}`,
    ],
    [
      'outage: the desk serves again within 5 s of the database returning',
      recoveryMs <= LIMIT_MS,
      firstOk ? `first 200 after ${Math.round(recoveryMs)} ms` : 'no 200 after the database came back',
    ],
  ];
}
