// The form field that says which record a form action is about. A form carries the id as a hidden
// field instead of binding it to the action (`action.bind(null, id)` in a client component): React
// cannot answer a no-JavaScript post of a form whose action is bound while rendering (every render
// makes a new bound action, whose signature check suspends again, so the page never starts).
export const RECORD_ID_FIELD = 'recordId';

/** A copy of `formData` that says it is about record `id`: how code other than a form calls a record form action. */
export function withRecordId(id: string, formData: FormData): FormData {
  const copy = new FormData();
  copy.set(RECORD_ID_FIELD, id);
  for (const [key, value] of formData) if (key !== RECORD_ID_FIELD) copy.append(key, value);
  return copy;
}
