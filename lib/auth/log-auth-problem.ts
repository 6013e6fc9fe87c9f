// Auth.js logs every unreadable session cookie with a full stack trace. Anyone can send a made-up
// cookie, so these are expected: log the kind of problem on one line and nothing the client sent.
import { authErrorCause } from './auth-error-cause';

export function logAuthProblem(error: Error): void {
  const kind = 'type' in error && typeof error.type === 'string' ? error.type : error.name;
  // A refused sign-in (LoginRefused included, a CredentialsSignin by type) is an answer to the user,
  // not a server problem.
  if (kind === 'CredentialsSignin') return;
  const inner = authErrorCause(error);
  const cause = inner instanceof Error ? `: ${inner.message.split('\n')[0]}` : '';
  console.warn(`[auth] ${kind}${cause.slice(0, 200)}`);
}
