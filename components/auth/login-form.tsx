'use client';
// Posts to /api/login. With JavaScript the answer's message is shown in place; without it the
// browser posts the form and the route redirects back here with the message in the URL.
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, TextInput } from '@/components/ui/field';

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string | undefined }) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    const form = new FormData(event.currentTarget);
    try {
      const response = await fetch('/api/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password'), callbackUrl }),
      });
      const answer = (await response.json().catch(() => ({}))) as { error?: string; redirectTo?: string };
      if (!response.ok || !answer.redirectTo) {
        setError(answer.error ?? 'Signing in failed. Try again.');
        setPending(false);
        return;
      }
      window.location.assign(answer.redirectTo);
    } catch {
      setError('The server could not be reached. Check your connection and try again.');
      setPending(false);
    }
  }

  return (
    <form action="/api/login" method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="email" label="Email">
        <TextInput id="email" name="email" type="email" autoComplete="username" required maxLength={320} autoFocus />
      </Field>
      <Field id="password" label="Password">
        <TextInput id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
