import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/result';
import { Alert } from './alert';

/** The one-line outcome of a form's last submit. */
export function FormStatus({ state }: { state: ActionResult<unknown> | null }) {
  const t = useTranslations('DeskCommon');
  if (!state) return null;
  return <Alert tone={state.ok ? 'success' : 'error'}>{state.ok ? (state.message ?? t('saved')) : state.message}</Alert>;
}

/** What the user typed before a refused submit, to refill the form. */
export function keptValue(state: ActionResult<unknown> | null, field: string): string | undefined {
  return state && !state.ok ? state.values?.[field] : undefined;
}

export function firstError(state: ActionResult<unknown> | null, field: string): string | undefined {
  return state && !state.ok ? state.errors?.[field]?.[0] : undefined;
}
