// Auth.js logs every unreadable session cookie with a full stack trace. Anyone can send a made-up
// cookie, so these are expected: log the kind of problem on one line and nothing the client sent.
export function logAuthProblem(error: Error): void {
  // A refused sign-in is an answer to the user, not a server problem.
  if (error.name === 'CredentialsSignin') return;
  const kind = 'type' in error && typeof error.type === 'string' ? error.type : error.name;
  const cause = error.cause instanceof Error ? `: ${error.cause.message.split('\n')[0]}` : '';
  console.warn(`[auth] ${kind}${cause.slice(0, 200)}`);
}
