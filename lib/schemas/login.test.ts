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
  it('names each bad field with a catalogue key (said in the visitor language by the action)', () => {
    expect(firstMessage({ password: 'x' })).toBe('Validation.emailRequired');
    expect(firstMessage({ email: '', password: 'x' })).toBe('Validation.emailRequired');
    expect(firstMessage({ email: 'not-an-email', password: 'x' })).toBe('Validation.emailInvalid');
    expect(firstMessage({ email: 'a@example.org', password: '' })).toBe('Validation.passwordRequired');
    expect(firstMessage({ email: 'a@example.org', password: 'x'.repeat(1025) })).toBe('Validation.passwordTooLong');
    expect(firstMessage({ email: `${'a'.repeat(1100)}@example.org`, password: 'x' })).toBe('Validation.emailTooLong');
    expect(firstMessage({ email: ['a@example.org'], password: 'x' })).toBe('Validation.emailRequired');
  });
});
