// The shape every server action returns for expected outcomes: field errors are returned, not thrown.
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; errors?: Record<string, string[] | undefined>; values?: Record<string, string> };

export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form');
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** The text fields of a submitted form, echoed back so a refused form keeps what was typed. */
export function submittedValues(formData: FormData, omit: readonly string[] = ['password']): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === 'string' && !key.startsWith('$') && !omit.includes(key)) values[key] = value;
  return values;
}

export function invalid(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  values?: Record<string, string>,
  message = 'Please correct the highlighted fields.',
): ActionResult<never> {
  return { ok: false, message, errors: fieldErrors(issues), ...(values ? { values } : {}) };
}
