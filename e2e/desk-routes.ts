// Every desk page and every non-public API route, read from the app directory, so that a route
// added later is covered by the access tests without anyone remembering to list it.
import { readdirSync } from 'node:fs';
import path from 'node:path';

const APP = path.join(process.cwd(), 'app');
/**
 * API routes that are public by design: signing in cannot require being signed in, and the
 * index's source suggestions list only names already on public verdict pages, and readers send
 * tips and error reports without an account.
 */
const PUBLIC_API = new Set(['/api/auth/[...nextauth]', '/api/login', '/api/public-sources', '/api/reader-reports']);

function filesNamed(dir: string, names: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, names);
    return names.includes(entry.name) ? [full] : [];
  });
}

/** "app/(desk)/desk/claims/[id]/page.tsx" -> "/desk/claims/[id]" (route groups dropped). */
function routeOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((s) => !(s.startsWith('(') && s.endsWith(')')));
  return `/${segments.join('/')}`;
}

export interface DeskRoute {
  template: string;
  kind: 'page' | 'api';
}

export function listDeskRoutes(): DeskRoute[] {
  const pages = filesNamed(path.join(APP, '(desk)'), ['page.tsx', 'page.ts', 'route.ts']).map((file) => ({
    template: routeOf(file),
    kind: file.endsWith('route.ts') ? ('api' as const) : ('page' as const),
  }));
  const api = filesNamed(path.join(APP, 'api'), ['route.ts'])
    .map((file) => ({ template: routeOf(file), kind: 'api' as const }))
    .filter((route) => !PUBLIC_API.has(route.template));
  return [...pages, ...api];
}

/**
 * Fills a route's dynamic segments with real ids, so that a leak would show real data. A segment
 * with no known value fails loudly: the test must be taught what a new route's id means.
 */
export function fillRoute(template: string, ids: Record<string, string>): string {
  // A catch-all segment ("[...missing]") stands for any address below it.
  const withCatchAll = template.replace(/\/\[\.\.\.(\w+)\]/g, '/no-such-desk-page');
  return withCatchAll.replace(/\/([^/]+)\/\[(\w+)\]/g, (_match, parent: string, name: string) => {
    const value = ids[`${parent}/${name}`];
    if (!value) throw new Error(`No test id for "${parent}/[${name}]" in ${template}: add one to the desk access spec.`);
    return `/${parent}/${value}`;
  });
}
