// The demo users that `npm test` seeds (the one list is prisma/demo-users.ts), as the browser tests
// name them, and where each one's saved sign-in lives.
import path from 'node:path';
import { DEMO_USERS as SEEDED } from '../prisma/demo-users';

type Seeded = typeof SEEDED;
export type DemoUser = keyof Seeded;

/** Each user's sign-in and how the desk header shows them (`role` is the label, e.g. "Editor"). */
export const USERS = Object.fromEntries(
  Object.entries(SEEDED).map(([key, user]) => [
    key,
    { email: user.email, password: user.password, name: user.name, role: user.roleLabel, roleLabel: user.roleLabel },
  ]),
) as {
  [K in DemoUser]: {
    email: Seeded[K]['email'];
    password: Seeded[K]['password'];
    name: Seeded[K]['name'];
    role: Seeded[K]['roleLabel'];
    roleLabel: Seeded[K]['roleLabel'];
  };
};

export const DEMO_USERS = Object.keys(USERS) as DemoUser[];

/** Saved by e2e/auth.setup.ts before any spec runs; git-ignored (a session cookie is a secret). */
export function storageStatePath(user: DemoUser): string {
  return path.join(process.cwd(), 'e2e', '.auth', `${user}.json`);
}
