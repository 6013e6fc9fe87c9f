import { describe, expect, it } from 'vitest';
import { loginSchema } from './login';

const firstMessage = (input: unknown) => {
  const result = loginSchema.safeParse(input);
  return result.success ? null : result.error.issues[0]?.message;
};

describe('login input', () => {
  it('normalises the email to lower case', () => {
    expect(loginSchema.parse({ email: ' Editor@Example.org ', password: 'x' }).email).toBe('editor@example.org');
  });
  it('explains each bad field', () => {
    expect(firstMessage({ password: 'x' })).toBe('Enter your email address.');
    expect(firstMessage({ email: '', password: 'x' })).toBe('Enter your email address.');
    expect(firstMessage({ email: 'not-an-email', password: 'x' })).toBe('That is not a valid email address.');
    expect(firstMessage({ email: 'a@example.org', password: '' })).toBe('Enter your password.');
    expect(firstMessage({ email: 'a@example.org', password: 'x'.repeat(1025) })).toBe('The password is too long (at most 1 kB).');
    expect(firstMessage({ email: `${'a'.repeat(1100)}@example.org`, password: 'x' })).toBe('The email address is too long.');
    expect(firstMessage({ email: ['a@example.org'], password: 'x' })).toBe('Enter your email address.');
  });
});
