// The hidden field naming the record a form's action is about (lib/actions/record-field.ts says why
// it is a field and not a bound argument).
import { RECORD_ID_FIELD } from '@/lib/actions/record-field';

export function RecordIdInput({ id }: { id: string }) {
  return <input type="hidden" name={RECORD_ID_FIELD} value={id} />;
}
