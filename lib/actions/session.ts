'use server';
import { signOut } from '@/lib/auth/config';
import { ownSessionAction } from './define-action';

/** Signing out needs no permission: it only ends the caller's own session (the wrapper's one exemption). */
export const signOutAction = ownSessionAction(async () => {
  await signOut({ redirectTo: '/login' });
});
