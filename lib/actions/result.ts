// The shape every server action returns for expected outcomes: field errors are returned, not thrown.
export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; errors?: Record<string, string[] | undefined> };

export const initialActionState: ActionResult<never> | null = null;

export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'form');
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ActionResult<never> {
  return { ok: false, message: 'Please correct the highlighted fields.', errors: fieldErrors(issues) };
}
