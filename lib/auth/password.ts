// Password hashing with argon2id (the @node-rs/argon2 default), using its prebuilt binary.
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed login, not a crash
  }
}

/** Verifying against this when the email is unknown keeps response times alike (no account probing by timing). */
export const DUMMY_HASH_PROMISE: Promise<string> = hash('not-a-real-password-just-for-timing');
