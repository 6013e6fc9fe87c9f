// Auth.js (next-auth v5): email + password, sessions as encrypted JWT cookies (no session table).
// The JWT identifies the user, the session version it was issued for, its own session id and when
// it signed in; role, the disabled flag, the current session version and whether the session was
// signed out are re-read from the database on every request by getCurrentUser(), so a role change,
// a disabled account, a password reset or signing out takes effect at once.
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Role } from '@/lib/generated/prisma/enums';
import { clientAddress } from '@/lib/http/client-address';
import { authenticate } from './authenticate';
import { endSession } from './end-session';
import { LoginRefused } from './login-refused';
import { SESSION_SECONDS } from './session-lifetime';
import { logAuthProblem } from './log-auth-problem';

declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      role: Role;
      sessionVersion: number;
      /** This session's own id, refused once signed out (lib/auth/end-session.ts); null on older cookies. */
      sessionId: string | null;
      /** When it signed in, in seconds since the epoch (lib/auth/session-lifetime.ts); null on older cookies. */
      signedInAt: number | null;
    } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
  pages: { signIn: '/login' },
  // A forged or expired cookie is routine noise from the internet: one line, never a stack trace.
  logger: { error: logAuthProblem },
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      // The only place a password is checked (the login route calls signIn(), which lands here).
      async authorize(credentials, request) {
        const result = await authenticate(credentials, clientAddress(request.headers));
        if (!result.ok) throw new LoginRefused(result);
        return result.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion ?? 0;
        token.sid = crypto.randomUUID();
        token.sat = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role as Role;
      // Cookies issued before session versions existed carry none: treat them as outdated.
      session.user.sessionVersion = typeof token.sv === 'number' ? token.sv : -1;
      session.user.sessionId = typeof token.sid === 'string' ? token.sid : null;
      session.user.signedInAt = typeof token.sat === 'number' ? token.sat : null;
      return session;
    },
  },
  events: {
    // Signing out (our action or Auth.js's own endpoint) also ends the session on the server.
    async signOut(message) {
      if ('token' in message) await endSession(message.token);
    },
  },
});
