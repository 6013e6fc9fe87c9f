// The two ways desk code establishes who is asking, on top of authorize():
// - requirePermission() for the data layer: a desk read called without a permitted user throws,
//   so no page, layout or future caller can render desk data for a forged or stale cookie;
// - guardPage() for pages and layouts: sends a visitor without a valid session to the login page,
//   and answers 403 to a signed-in user without the permission. It runs before any data is read.
import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { localise } from '@/lib/i18n/localise';
import type { Permission } from '@/lib/permissions';
import { authorize, type CurrentUser } from './current-user';

export class AccessDeniedError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const access = await authorize(permission);
  // Thrown to error.tsx and the logs, never shown as such: English keeps the logs readable.
  if (!access.ok) throw new AccessDeniedError(access.status, localise('en', access.message));
  return access.user;
}

/** `returnTo` is where the login page sends the visitor back to; it defaults to the desk home. */
export async function guardPage(permission: Permission, returnTo = '/desk'): Promise<CurrentUser> {
  const access = await authorize(permission);
  if (access.ok) return access.user;
  if (access.status === 401) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  forbidden();
}
