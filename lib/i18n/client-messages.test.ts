// Every namespace a component asks useTranslations() for must reach the client: a missing one would
// only show as a broken form in the browser, so the sources are read here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientMessages, LOGIN_CLIENT_NAMESPACES } from './client-messages';
import { LOCALES } from './locales';
import { MESSAGES } from './messages';

const ROOT = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = ['app', 'components', 'lib'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
const calls = files.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\buseTranslations\(([^)]*)\)/g)].map((m) => ({ file, argument: m[1] ?? '' })),
);

describe('the catalogue handed to client components', () => {
  it('names its namespace literally in every useTranslations() call', () => {
    expect(calls.length).toBeGreaterThan(20);
    expect(calls.filter((call) => !/^'[A-Za-z]+(\.[A-Za-z]+)*'$/.test(call.argument.trim()))).toEqual([]);
  });

  it('holds every namespace the components ask for', () => {
    const asked = new Set(calls.map((call) => call.argument.trim().slice(1, -1).split('.')[0]));
    const missing = [...asked].filter((namespace) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace ?? ''));
    expect(missing).toEqual([]);
  });

  it('is those namespaces in the asked language, and far smaller than the whole catalogue', () => {
    for (const locale of LOCALES) {
      const messages = clientMessages(locale);
      expect(Object.keys(messages).sort()).toEqual([...CLIENT_NAMESPACES].sort());
      expect(messages.Login).toEqual(MESSAGES[locale].Login);
      expect(JSON.stringify(messages).length).toBeLessThan(JSON.stringify(MESSAGES[locale]).length * 0.6);
    }
  });

  it('gives the login page what its form and the shared form parts ask for, and not the desk forms', () => {
    const loginParts = [path.join(ROOT, 'components/auth'), path.join(ROOT, 'components/ui')];
    const asked = new Set(
      calls
        .filter((call) => loginParts.some((dir) => call.file.startsWith(dir)))
        .map((call) => call.argument.trim().slice(1, -1).split('.')[0]),
    );
    expect(asked.has('Login')).toBe(true);
    expect([...asked].filter((namespace) => !(LOGIN_CLIENT_NAMESPACES as readonly string[]).includes(namespace ?? ''))).toEqual([]);
    expect(LOGIN_CLIENT_NAMESPACES).not.toContain('ClaimForm');
  });
});
