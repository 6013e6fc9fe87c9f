// Auth.js (next-auth v5): email + password, sessions as signed JWT cookies (no session table).
// The JWT only identifies the user and the session version it was issued for; role, the disabled
// flag and the current session version are re-read from the database on every request by
// getCurrentUser(), so a role change, a disabled account or a password reset takes effect at once.
import NextAuth, { type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Role } from '@/lib/generated/prisma/enums';
import { clientAddress } from '@/lib/http/client-address';
import { authenticate } from './authenticate';
import { LoginRefused } from './login-refused';
import { logAuthProblem } from './log-auth-problem';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; sessionVersion: number } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt', maxAge: 60 * 60 * 12 },
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
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = token.role as Role;
      // Cookies issued before session versions existed carry none: treat them as outdated.
      session.user.sessionVersion = typeof token.sv === 'number' ? token.sv : -1;
      return session;
    },
  },
});
