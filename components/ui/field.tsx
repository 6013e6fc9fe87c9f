// A labelled form field: its hint and its error are both the control's description (read out with
// the label), and the error is announced when it appears.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

export const inputClass =
  'block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-stone-400 focus:border-sky-600 aria-[invalid=true]:border-red-600';

interface FieldProps {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}

export function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={hintId(id)} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      <p id={errorId(id)} aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}

const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;

/** What links a control to its Field's hint (when it has one) and error. */
export function describedBy(id: string, options: { hint?: boolean } = {}): string {
  return options.hint ? `${hintId(id)} ${errorId(id)}` : errorId(id);
}

/** Props for the control inside a Field: `hint: true` when the Field is given a hint. */
export function fieldAria(id: string, error?: string, options: { hint?: boolean } = {}) {
  return { id, name: id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, options) } as const;
}

export function TextInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`${inputClass} ${props.className ?? ''}`} />;
}

export function TextArea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...props} className={`${inputClass} ${props.className ?? ''}`} />;
}

export function Select(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} className={`${inputClass} ${props.className ?? ''}`} />;
}
