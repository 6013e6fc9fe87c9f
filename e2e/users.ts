// The demo users that `npm test` seeds (prisma/seed.ts), and where each one's saved sign-in lives.
import path from 'node:path';

export const USERS = {
  admin: { email: 'admin@example.org', password: 'admin-password', name: 'Ada Admin', role: 'Admin' },
  editor: { email: 'editor@example.org', password: 'editor-password', name: 'Eko Editor', role: 'Editor' },
  editor2: { email: 'editor2@example.org', password: 'editor2-password', name: 'Dewi Editor', role: 'Editor' },
  viewer: { email: 'viewer@example.org', password: 'viewer-password', name: 'Vera Viewer', role: 'Viewer' },
} as const;

export type DemoUser = keyof typeof USERS;

export const DEMO_USERS = Object.keys(USERS) as DemoUser[];

/** Saved by e2e/auth.setup.ts before any spec runs; git-ignored (a session cookie is a secret). */
export function storageStatePath(user: DemoUser): string {
  return path.join(process.cwd(), 'e2e', '.auth', `${user}.json`);
}
