// Why a sign-in was refused, carried out of Auth.js's credentials provider. Auth.js passes a
// CredentialsSignin subclass thrown by `authorize` through to the caller of signIn(), so the login
// form and /api/login can answer with the precise status and message while the password is checked once.
import { CredentialsSignin } from 'next-auth';

export interface Refusal {
  status: 400 | 401 | 403 | 429 | 503;
  /** A catalogue key ("LoginRefusal.wrongCredentials"), said in the visitor's language by the caller. */
  message: string;
  /** The values the message names, such as the minutes to wait. */
  values?: Record<string, number>;
  retryAfterSeconds?: number;
}

export class LoginRefused extends CredentialsSignin {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
    this.code = String(refusal.status);
  }
}
