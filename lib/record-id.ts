// Record ids are cuids: short runs of letters and digits. Anything else in a URL or a form is
// answered as "does not exist" before it reaches a query.
export const RECORD_ID_PATTERN = /^[a-z0-9]{1,40}$/i;

export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && RECORD_ID_PATTERN.test(value);
}
