// The checks of test:scale, each returning rows for the pass/fail table. Editors act in Chromium
// on instance B with sessions made by signing in through instance A; readers look through the
// proxy and straight at instance A.
import type { BrowserContext, Page } from '@playwright/test';
import { look, timeUntil, type Seen } from './observe';
import { CORRECTED_EXPLANATION, FIRST_EXPLANATION, type StagedClaim } from './stage';

export interface Row {
  check: string;
  pass: boolean;
  detail: string;
}

export interface Topology {
  proxy: string;
  a: string;
  b: string;
}

const LIMIT_MS = 2_000;

function timed(check: string, { ms, lastStatus }: { ms: number | null; lastStatus: number | null }): Row {
  if (ms === null) return { check, pass: false, detail: `not seen within 10 s (last answer ${lastStatus ?? 'none'})` };
  return { check, pass: ms <= LIMIT_MS, detail: `seen after ${(ms / 1000).toFixed(2)} s (limit 2 s)` };
}

/** Loads a page twice so the proxy (and the instance) hold a copy that must be dropped. */
async function warm(urls: string[]) {
  for (const url of urls) for (let i = 0; i < 2; i++) await look(url).catch(() => null);
}

/** Checks every reader view at once after an editor's step, each timed from the step's end. */
async function readersSee(
  label: string,
  top: Topology,
  claim: StagedClaim,
  expect: { published: boolean; marker: string },
  startedAt: number,
) {
  const verdict = (seen: Seen) => (expect.published ? seen.status === 200 && seen.body.includes(expect.marker) : seen.status === 404);
  const listed = (seen: Seen) => seen.status === 200 && seen.body.includes(claim.summary) === expect.published;
  // A source with no published claim left has no public record at all.
  const inRecord = (seen: Seen) => listed(seen) || (!expect.published && seen.status === 404);
  const inFeed = (seen: Seen) => seen.status === 200 && seen.body.includes(claim.id) === expect.published;
  const results = await Promise.all([
    timeUntil(`${top.proxy}${claim.path}`, verdict, startedAt),
    timeUntil(`${top.proxy}/id`, listed, startedAt),
    timeUntil(`${top.proxy}/id/sources/${claim.sourceId}`, inRecord, startedAt),
    timeUntil(`${top.proxy}/claims.json`, inFeed, startedAt),
    timeUntil(`${top.a}${claim.path}`, verdict, startedAt),
  ]);
  const names = [
    'verdict page through the proxy',
    'index through the proxy',
    'source page through the proxy',
    'JSON feed through the proxy',
    'verdict page directly on instance A',
  ];
  return names.map((name, i) => timed(`${label}: ${name}`, results[i] ?? { ms: null, lastStatus: null }));
}

function readerUrls(top: Topology, claim: StagedClaim) {
  return [
    `${top.proxy}${claim.path}`,
    `${top.proxy}/id`,
    `${top.proxy}/id/sources/${claim.sourceId}`,
    `${top.proxy}/claims.json`,
    `${top.a}${claim.path}`,
  ];
}

async function openClaim(context: BrowserContext, top: Topology, claim: StagedClaim): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${top.b}/desk/claims/${claim.id}`);
  return page;
}

export async function signedInOnB(context: BrowserContext, top: Topology, claim: StagedClaim): Promise<Row> {
  const page = await context.newPage();
  const response = await page.goto(`${top.b}/desk/claims/${claim.id}`);
  const onClaim = page.url().startsWith(`${top.b}/desk/claims/`) && response?.status() === 200;
  await page.close();
  return {
    check: 'signed in through A, the desk opens on B',
    pass: onClaim,
    detail: `B answered ${response?.status()} at ${page.url().replace(top.b, '')}`,
  };
}

export async function publish(reviewer: BrowserContext, top: Topology, claim: StagedClaim): Promise<Row[]> {
  await warm(readerUrls(top, claim));
  const page = await openClaim(reviewer, top, claim);
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await page.getByTestId('publication-state').filter({ hasText: 'approved by' }).waitFor();
  const startedAt = performance.now();
  await page.close();
  return readersSee('publish on B', top, claim, { published: true, marker: FIRST_EXPLANATION }, startedAt);
}

export async function correct(author: BrowserContext, reviewer: BrowserContext, top: Topology, claim: StagedClaim): Promise<Row[]> {
  await warm(readerUrls(top, claim));
  const editing = await openClaim(author, top, claim);
  // On a published claim the form is folded away under this summary.
  await editing.getByText('Correct the published verdict').click();
  const form = editing.getByRole('form', { name: 'Verdict and explanation' });
  await form.getByLabel('Explanation').fill(CORRECTED_EXPLANATION);
  await form.getByLabel('Why is the published verdict changing?').fill('The inspection report was re-dated by the ministry.');
  await form.getByRole('button', { name: 'Save correction' }).click();
  await editing.getByText('Correction saved.').waitFor();
  await editing.close();
  const approving = await openClaim(reviewer, top, claim);
  await approving.getByRole('button', { name: 'Approve and publish' }).click();
  await approving.getByTestId('publication-state').filter({ hasText: 'approved by' }).waitFor();
  const startedAt = performance.now();
  await approving.close();
  return readersSee('correct on B', top, claim, { published: true, marker: CORRECTED_EXPLANATION }, startedAt);
}

export async function unpublish(reviewer: BrowserContext, top: Topology, claim: StagedClaim): Promise<Row[]> {
  await warm(readerUrls(top, claim));
  const page = await openClaim(reviewer, top, claim);
  await page.getByRole('button', { name: 'Unpublish…' }).click();
  await page.getByLabel('Why take it off the public site?').fill('The source retracted the statement entirely.');
  await page.getByRole('form', { name: 'Unpublish' }).getByRole('button', { name: 'Unpublish' }).click();
  await page.getByTestId('publication-state').filter({ hasText: 'Draft' }).waitFor();
  const startedAt = performance.now();
  await page.close();
  return readersSee('unpublish on B', top, claim, { published: false, marker: '' }, startedAt);
}

/** Failed sign-ins for one account, alternating between the instances: the 11th is refused on either. */
export async function throttleAcrossInstances(top: Topology): Promise<Row> {
  const email = `throttle-${Date.now().toString(36)}@example.org`;
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const response = await fetch(`${i % 2 === 0 ? top.a : top.b}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'wrong-password-for-the-check' }),
    });
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  const pass = statuses.slice(0, 10).every((s) => s === 401) && statuses[10] === 429;
  return { check: 'login throttling counts failures on A and B together', pass, detail: `answers: ${statuses.join(' ')}` };
}

/** Reader pages are cached for readers, but never served from the cache to a session. */
export async function sessionNeverCached(top: Topology, claim: StagedClaim, cookie: string): Promise<Row[]> {
  const urls = [`${top.proxy}/id`, `${top.proxy}/id/sources/${claim.sourceId}`];
  const anonymous: (string | null)[] = [];
  const signedIn: (string | null)[] = [];
  for (const url of urls) {
    await look(url);
    anonymous.push((await look(url)).cache);
    for (let i = 0; i < 2; i++) signedIn.push((await look(url, { cookie: `${cookie}; other=1` })).cache);
  }
  const desk = await look(`${top.proxy}/desk`, { cookie });
  return [
    {
      check: 'a reader page is served from the proxy cache',
      pass: anonymous.every((c) => c === 'HIT'),
      detail: `X-Cache: ${anonymous.join(', ')}`,
    },
    {
      check: 'a request with a session cookie is never served from the cache',
      pass: signedIn.every((c) => c === 'PASS'),
      detail: `X-Cache: ${signedIn.join(', ')}`,
    },
    {
      check: 'the desk works through the proxy, uncached',
      pass: desk.status === 200 && desk.cache === 'PASS',
      detail: `${desk.status}, X-Cache: ${desk.cache}`,
    },
  ];
}

/** Signing out in a browser on A ends the session everywhere: its cookie no longer opens the desk on B. */
export async function signOutEndsSessionOnB(session: { context: BrowserContext; cookie: string }, top: Topology): Promise<Row> {
  const deskOnB = async () => (await fetch(`${top.b}/desk`, { headers: { cookie: session.cookie }, redirect: 'manual' })).status;
  const before = await deskOnB();
  const page = await session.context.newPage();
  await page.goto(`${top.a}/desk`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
  await page.close();
  const after = await deskOnB();
  return {
    check: 'signing out on A ends the session on B',
    pass: before === 200 && [303, 307].includes(after),
    detail: `B's /desk with the same cookie: ${before} before, ${after} after`,
  };
}
