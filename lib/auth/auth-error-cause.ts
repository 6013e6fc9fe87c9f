// Auth.js wraps an error thrown inside it (by authorize(), say) and keeps the original as
// `cause.err`; this digs it out, for the log line and for telling an outage from a bug.
export function authErrorCause(error: Error): unknown {
  const cause: unknown = error.cause;
  return cause && typeof cause === 'object' && !(cause instanceof Error) && 'err' in cause ? cause.err : cause;
}
