// Why a capture failed, stored as a reason code (with one value, such as the HTTP status) so the
// desk can say it in each editor's language from the catalogues (EvidenceArchive.failure.*).
// Stored as "code" or "code:value" in EvidenceCapture.failure and Evidence.archiveError; a row
// written before the codes (an English sentence) is not a code and is shown as it was stored.
import type { FetchFailureCode } from './fetch-types';

export type FailureCode = FetchFailureCode | 'http-status' | 'not-a-page';

export const FAILURE_CODES: readonly FailureCode[] = [
  'bad-url',
  'blocked-port',
  'blocked-address',
  'dns',
  'too-many-redirects',
  'timeout',
  'too-large',
  'network',
  'http-status',
  'not-a-page',
];

export interface FailureReason {
  code: FailureCode;
  /** The one value the sentence names (a status, a port, an address, seconds); '' when none. */
  value: string;
}

export function encodeFailure(code: FailureCode, value?: string | number | null): string {
  return value === undefined || value === null || value === '' ? code : `${code}:${String(value).slice(0, 300)}`;
}

/** The code and value of a stored reason, or null for text that is not one (an old English reason). */
export function parseFailure(stored: string): FailureReason | null {
  const colon = stored.indexOf(':');
  const code = colon === -1 ? stored : stored.slice(0, colon);
  const known = FAILURE_CODES.find((item) => item === code);
  return known ? { code: known, value: colon === -1 ? '' : stored.slice(colon + 1) } : null;
}

/** The values a reason's catalogue sentence uses: the stored value, and a byte limit in MB. */
export function failureMessageValues(reason: FailureReason): { value: string; megabytes: string } {
  const bytes = Number(reason.value);
  const megabytes = Number.isFinite(bytes) && bytes > 0 ? String(Math.round((bytes / (1024 * 1024)) * 10) / 10) : '?';
  return { value: reason.value || '—', megabytes };
}
