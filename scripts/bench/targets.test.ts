import { describe, expect, it } from 'vitest';
import { checkTargets, formatFloor, formatPages, type PageFigures } from './targets';

const page = (key: string, figures: Partial<PageFigures>): PageFigures => ({
  key,
  page: key,
  reqPerSec: 100,
  staticReqPerSec: 1000,
  p50: 50,
  p99: 200,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  bytes: 1000,
  requests: 1000,
  ...figures,
});
const MB = 1024 * 1024;

describe('checkTargets', () => {
  it('passes and fails each target on its own figure', () => {
    const checks = checkTargets(
      [
        page('verdict-hot', { reqPerSec: 300 }),
        page('verdict-cold', { p99: 1200 }),
        page('index', { reqPerSec: 299 }),
        page('search', { p99: 250 }),
        page('desk', { p50: 100 }),
        page('workspace', { p50: 200, bytes: 310 * 1024 }),
        page('proxy-verdict-hot', { reqPerSec: 600, p99: 40 }),
        page('proxy-index', { reqPerSec: 600, p99: 150 }),
      ],
      600 * MB,
    );
    const result = Object.fromEntries(checks.map((c) => [c.what, c.pass]));
    expect(result).toEqual({
      'verdict page, hot, directly on Next': true,
      'verdict page through the caching proxy': true,
      'index through the caching proxy': false,
      '1,000 cold verdict URLs': false,
      'index /': false,
      search: true,
      '/desk': false,
      '500-claim workspace': false,
      'next-server RSS': false,
    });
  });

  it('fails a latency target when requests errored or timed out', () => {
    const [search] = checkTargets([page('search', { p99: 10, timeouts: 3 })], 0).filter((c) => c.what === 'search');
    expect(search?.pass).toBe(false);
  });

  it('says "not measured" for a page the run skipped', () => {
    expect(checkTargets([], 0).find((c) => c.what === '/desk')).toMatchObject({ measured: 'not measured', pass: null });
    expect(checkTargets([], 0).find((c) => c.what === 'index through the caching proxy')).toMatchObject({ pass: null });
  });

  it('fails a proxy page that answered anything but 200, however fast', () => {
    const checks = checkTargets([page('proxy-verdict-hot', { reqPerSec: 900, p99: 5, non2xx: 900 })], 0);
    expect(checks.find((c) => c.what === 'verdict page through the caching proxy')?.pass).toBe(false);
  });
});

describe('formatPages', () => {
  it('prints the share of the static file measured before the page', () => {
    expect(formatPages([page('index', { reqPerSec: 250, staticReqPerSec: 1000 })])).toContain('25.0%');
  });
});

it('fails a page on which no request completed, whatever its (zero) latencies', () => {
  const checks = checkTargets([page('desk', { p50: 0, p99: 0, reqPerSec: 0, requests: 0 })], 100 * MB);
  const desk = checks.find((c) => c.what === '/desk');
  expect(desk?.pass).toBe(false);
  expect(desk?.measured).toMatch(/no request completed/);
});

describe('formatFloor', () => {
  it('sets the floor app figures beside the goals they bound', () => {
    const note = formatFloor([
      page('desk', { p50: 2000 }),
      page('floor-dynamic', { p50: 174 }),
      page('floor-dynamic-two', { p50: 92 }),
      page('floor-large', { p50: 812, bytes: 245 * 1024 }),
      page('floor-cold', { p99: 1547, requests: 1000 }),
    ]);
    expect(note).toContain('p50 174 ms (the /desk goal is p50 < 100 ms');
    expect(note).toContain('the same page on two instances, one per core: p50 92 ms');
    expect(note).toContain("the workspace's shape and size (245 kB): p50 812 ms (the workspace goal is p50 < 300 ms)");
    expect(note).toContain('1000 cached pages not yet rendered: p99 1547 ms (the cold verdict goal is p99 < 1 s)');
    expect(note).not.toContain('2000');
  });

  it('says nothing when the floor was not measured', () => {
    expect(formatFloor([page('desk', { p50: 2000 })])).toBe('');
  });
});
