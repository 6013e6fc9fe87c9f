// How long a desk session lasts, counted from signing in. Auth.js re-issues the cookie with a new
// expiry whenever the session is read, which makes its own maxAge an idle timeout; the cookie also
// carries the moment of signing in, and a session older than this is refused however fresh its
// cookie is, so a copied cookie cannot be kept alive for ever.
export const SESSION_SECONDS = 12 * 60 * 60;

/** Whether a session signed in at `signedInAt` (seconds since the epoch) is still within its lifetime. */
export function withinSessionLifetime(signedInAt: number | null, nowMs: number): boolean {
  if (signedInAt === null || !Number.isFinite(signedInAt)) return false;
  const ageSeconds = nowMs / 1000 - signedInAt;
  // A moment a little ahead of the clock (another instance's) is fine; far ahead is not a real one.
  return ageSeconds < SESSION_SECONDS && ageSeconds > -300;
}
