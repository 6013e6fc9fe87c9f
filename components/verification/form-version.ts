import type { ActionResult } from '@/lib/actions/result';
import { keptValue } from '@/components/ui/form-status';

/**
 * The claim version a form sends: the one the page loaded, or the newer one a refused save reported
 * (the editor has then been told what changed, so saving again is a deliberate choice).
 */
export function formVersion(state: ActionResult | null, loaded: number): number {
  return Math.max(loaded, Number(keptValue(state, 'version') ?? 0) || 0);
}
