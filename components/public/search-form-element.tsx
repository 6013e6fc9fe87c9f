'use client';
// The index's search <form>. With JavaScript, fields left empty are not sent: a search reads
// `/id?q=banjir`, not `/id?q=banjir&verdict=&sourceName=&from=&to=`. The address is shorter to
// share, and a search of words only reaches its cached page without running proxy.ts
// (next.config.ts rewrites it). Without JavaScript the browser sends every field and proxy.ts
// drops the empty ones (lib/http/index-search.ts), so both land on the same cached page.
import type { ComponentProps, FormEvent } from 'react';

export function SearchFormElement(props: Omit<ComponentProps<'form'>, 'onSubmit'>) {
  return <form {...props} onSubmit={leaveOutEmptyFields} />;
}

function leaveOutEmptyFields(event: FormEvent<HTMLFormElement>) {
  const empty = [...event.currentTarget.elements].filter(
    (field): field is HTMLInputElement | HTMLSelectElement =>
      (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) &&
      field.name !== '' &&
      !field.disabled &&
      field.value.trim() === '',
  );
  // A disabled field is left out of what the form sends, which the browser reads once this
  // handler returns; the fields are enabled again right after, for a page kept by the back button.
  for (const field of empty) field.disabled = true;
  setTimeout(() => {
    for (const field of empty) field.disabled = false;
  }, 0);
}
