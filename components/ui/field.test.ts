// A field's hint is part of its control's description, before and alongside the error.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Field, fieldAria } from './field';

describe('fieldAria', () => {
  it('links the hint and the error when the field has a hint', () => {
    expect(fieldAria('password', 'Too short.', { hint: true })['aria-describedby']).toBe('password-hint password-error');
  });

  it('links only the error when there is no hint', () => {
    expect(fieldAria('email')['aria-describedby']).toBe('email-error');
  });
});

describe('Field', () => {
  it('keeps the hint on screen next to an error, with the ids the control points at', () => {
    const control = createElement('input', fieldAria('password', 'Too short.', { hint: true }));
    const html = renderToStaticMarkup(
      Field({ id: 'password', label: 'Password', hint: 'At least 10 characters.', error: 'Too short.', children: control }),
    );
    expect(html).toContain('<p id="password-hint" class="text-xs text-stone-500">At least 10 characters.</p>');
    expect(html).toContain('Too short.</p>');
    expect(html).toContain('aria-describedby="password-hint password-error"');
  });
});
