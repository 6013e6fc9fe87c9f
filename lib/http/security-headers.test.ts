import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  createNonce,
  FORWARDED_HTTPS_PATTERN,
  PERMISSIONS_POLICY,
  OWN_POLICY_PATHS,
  STATIC_POLICY_SOURCE,
  usesNoncePolicy,
} from './security-headers';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows only nonced scripts when given a nonce, and never inline ones', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123', dev: false });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'nonce-abc123'");
    expect(policy).not.toContain('unsafe-eval');
  });
  it('is a static policy without a nonce: inline scripts from us, nothing from elsewhere, no eval', () => {
    const policy = contentSecurityPolicy({ dev: false });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toMatch(/nonce|unsafe-eval/);
  });
  it('locks down framing, plugins, <base> and form targets in every variant', () => {
    for (const policy of [
      contentSecurityPolicy({ dev: false }),
      contentSecurityPolicy({ nonce: 'n', dev: false }),
      contentSecurityPolicy({ dev: true }),
    ]) {
      for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "default-src 'self'"])
        expect(policy).toContain(d);
    }
  });
  it('allows eval only for next dev', () => {
    expect(directive(contentSecurityPolicy({ nonce: 'n', dev: true }), 'script-src')).toContain("'unsafe-eval'");
  });
});

describe('which paths get the nonce policy', () => {
  const staticSource = new RegExp(`^${STATIC_POLICY_SOURCE.replace('/:path', '/')}$`);
  it.each([
    ['/desk', true],
    ['/desk/claims/x', true],
    ['/login', true],
    ['/', false],
    ['/claims/a/b', false],
    ['/sources/a', false],
    ['/deskside', false],
    ['/login-help', false],
    ['/api/login', false],
  ])('%s -> nonce %s, and the next.config pattern agrees', (path, nonce) => {
    expect(usesNoncePolicy(path)).toBe(nonce);
    expect(staticSource.test(path)).toBe(!nonce);
  });
  it.each(['/archive/abc123', '/archive'])('%s gets neither: the archive route sends its own script-free policy', (path) => {
    expect(OWN_POLICY_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))).toBe(true);
    expect(usesNoncePolicy(path)).toBe(false);
    expect(staticSource.test(path)).toBe(false);
  });
  it('still sends the static policy to paths that only start like the archive', () => {
    expect(staticSource.test('/archives')).toBe(true);
  });
});

describe('small parts', () => {
  it('makes a different unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
  it('switches off unused features with valid names only', () => {
    expect(PERMISSIONS_POLICY).toContain('camera=()');
    expect(PERMISSIONS_POLICY).not.toContain('interest-cohort');
  });
  it('recognises HTTPS in X-Forwarded-Proto, also from a chain of proxies', () => {
    const https = new RegExp(`^${FORWARDED_HTTPS_PATTERN}$`);
    expect(['https', 'https, http', 'https,https'].every((v) => https.test(v))).toBe(true);
    expect(['http', 'http, https', 'httpsx'].some((v) => https.test(v))).toBe(false);
  });
});
