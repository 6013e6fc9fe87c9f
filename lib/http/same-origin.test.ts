import { describe, expect, it } from 'vitest';
import { isCrossSite } from './same-origin';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('isCrossSite', () => {
  it('trusts the browser’s Sec-Fetch-Site', () => {
    expect(isCrossSite(headers({ 'sec-fetch-site': 'same-origin', host: 'desk.example' }))).toBe(false);
    expect(isCrossSite(headers({ 'sec-fetch-site': 'none' }))).toBe(false);
    expect(isCrossSite(headers({ 'sec-fetch-site': 'cross-site', origin: 'https://desk.example', host: 'desk.example' }))).toBe(true);
    expect(isCrossSite(headers({ 'sec-fetch-site': 'same-site' }))).toBe(true);
  });
  it('compares Origin with the host when Sec-Fetch-Site is missing', () => {
    expect(isCrossSite(headers({ origin: 'https://desk.example', host: 'desk.example' }))).toBe(false);
    expect(isCrossSite(headers({ origin: 'https://evil.example', host: 'desk.example' }))).toBe(true);
    expect(isCrossSite(headers({ origin: 'null', host: 'desk.example' }))).toBe(true);
    expect(isCrossSite(headers({ origin: 'https://desk.example', 'x-forwarded-host': 'desk.example', host: '127.0.0.1:3000' }))).toBe(
      false,
    );
  });
  it('lets non-browser clients through: they carry no victim’s cookies', () => {
    expect(isCrossSite(headers({ host: 'desk.example' }))).toBe(false);
  });
});
