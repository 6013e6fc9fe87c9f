// One editor of the load test: signed in with a session cookie, it saves the explanation of its own
// draft claim again and again, as a browser without JavaScript does (the claim page's form posted
// as multipart, so the server action runs exactly as for a real editor). Each attempt's outcome is
// read from the answer itself, not from message wording: the saved form carries the next version.
import { parseHTML } from 'linkedom';

export interface Attempt {
  text: string;
  /**
   * 'saved': the answer shows the next version and our text; 'refused': a 4xx, a 503 from the
   * database gate (answered before any action runs) or an unchanged form; 'unclear': no answer or
   * another 5xx, after which the save may or may not have happened (but must be whole either way).
   */
  outcome: 'saved' | 'refused' | 'unclear';
  status: number;
  ms: number;
  at: number;
}

export interface EditorRun {
  claimId: string;
  attempts: Attempt[];
}

interface LoadedForm {
  fields: [string, string][];
  version: number;
}

const REQUEST_TIMEOUT_MS = 15_000;

/** The verification form of a claim page (the one with the explanation), with every field it would post. */
export function readVerificationForm(html: string): LoadedForm | null {
  const { document } = parseHTML(html);
  const textarea = document.querySelector('form textarea[name="explanation"]');
  const form = textarea?.closest('form');
  if (!form) return null;
  const fields: [string, string][] = [];
  for (const element of form.querySelectorAll('input[name], textarea[name], select[name]')) {
    const name = element.getAttribute('name') ?? '';
    if (element.tagName === 'TEXTAREA') fields.push([name, element.textContent ?? '']);
    else if (element.tagName === 'SELECT') {
      const selected = element.querySelector('option[selected]') ?? element.querySelector('option');
      fields.push([name, selected?.getAttribute('value') ?? '']);
    } else {
      const type = (element.getAttribute('type') ?? 'text').toLowerCase();
      if ((type === 'checkbox' || type === 'radio') && !element.hasAttribute('checked')) continue;
      if (type === 'submit' || type === 'button') continue;
      fields.push([name, element.getAttribute('value') ?? '']);
    }
  }
  const version = Number(fields.find(([name]) => name === 'version')?.[1]);
  return Number.isInteger(version) ? { fields, version } : null;
}

async function timedFetch(url: string, init: RequestInit): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await response.text();
  return { status: response.status, body, ms: performance.now() - started };
}

/** Saves until `until` (ms since epoch); `label` makes every text unique across editors and attempts. */
export async function runEditor(options: {
  baseUrl: string;
  cookie: string;
  claimId: string;
  label: string;
  until: number;
}): Promise<EditorRun> {
  const { baseUrl, cookie, claimId, label, until } = options;
  const pageUrl = `${baseUrl}/desk/claims/${claimId}`;
  const attempts: Attempt[] = [];
  let n = 0;
  while (Date.now() < until) {
    let form: LoadedForm | null = null;
    try {
      const page = await timedFetch(pageUrl, { headers: { cookie, accept: 'text/html' } });
      form = page.status === 200 ? readVerificationForm(page.body) : null;
    } catch {
      form = null;
    }
    if (!form) {
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    n += 1;
    const text = `Load test ${label} edit ${n}: the ministry's figure is checked against the 2026 census table.`;
    const body = new FormData();
    for (const [name, value] of form.fields) body.append(name, name === 'explanation' ? text : value);
    const at = Date.now();
    try {
      const answer = await timedFetch(pageUrl, { method: 'POST', body, headers: { cookie, origin: baseUrl, accept: 'text/html' } });
      const after = answer.status === 200 ? readVerificationForm(answer.body) : null;
      const saved = after !== null && after.version === form.version + 1 && answer.body.includes(text);
      const unclear = !saved && answer.status >= 500 && answer.status !== 503;
      attempts.push({ text, outcome: saved ? 'saved' : unclear ? 'unclear' : 'refused', status: answer.status, ms: answer.ms, at });
    } catch {
      attempts.push({ text, outcome: 'unclear', status: 0, ms: REQUEST_TIMEOUT_MS, at });
    }
  }
  return { claimId, attempts };
}
