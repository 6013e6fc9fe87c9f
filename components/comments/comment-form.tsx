'use client';
// Writing or editing a comment. Typing "@" offers the desk's editors (a listbox under the text box,
// chosen with the arrow keys and Enter, or by click); the text stays plain.
import { useTranslations } from 'next-intl';
import { useActionState, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { handleAtCaret } from '@/lib/comments/mentions';
import type { Mentionable } from '@/lib/data/comments';
import { Button } from '@/components/ui/button';
import { RecordIdInput } from '@/components/ui/record-id-input';
import { Field, fieldAria, inputClass } from '@/components/ui/field';
import { firstError, FormStatus } from '@/components/ui/form-status';

interface Props {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  people: Mentionable[];
  label: string;
  submitLabel: string;
  defaultValue?: string;
  parentId?: string;
  /** The record the action is about: the claim for a new comment or reply, the comment for an edit. */
  recordId: string;
  onCancel?: () => void;
  testId?: string;
}

export function CommentForm({ action, recordId, people, label, submitLabel, defaultValue = '', parentId, onCancel, testId }: Props) {
  const t = useTranslations('Comments');
  // A posted comment empties the box; a refused one keeps what was typed.
  const [text, setText] = useState(defaultValue);
  const [state, submit, pending] = useActionState<ActionResult | null, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.ok && !defaultValue) setText('');
    return result;
  }, null);
  const [typing, setTyping] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const listId = `${id}-people`;
  const offered =
    typing === null ? [] : people.filter((p) => p.handle.startsWith(typing) || p.name.toLowerCase().includes(typing)).slice(0, 6);

  function follow(value: string, caret: number) {
    setText(value);
    setTyping(handleAtCaret(value, caret));
    setActive(0);
  }

  function choose(person: Mentionable) {
    const el = box.current;
    const caret = el?.selectionStart ?? text.length;
    const start = text.slice(0, caret).lastIndexOf('@');
    const next = `${text.slice(0, start)}@${person.handle} ${text.slice(caret)}`;
    setText(next);
    setTyping(null);
    requestAnimationFrame(() => {
      el?.focus();
      const at = start + person.handle.length + 2;
      el?.setSelectionRange(at, at);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (offered.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : offered.length - 1)) % offered.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const person = offered[active];
      if (!person) return;
      event.preventDefault();
      choose(person);
    } else if (event.key === 'Escape') setTyping(null);
  }

  const error = firstError(state, 'body');
  return (
    <form action={submit} className="space-y-2" aria-label={label} data-testid={testId}>
      <FormStatus state={state} />
      <RecordIdInput id={recordId} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <Field id={id} label={label} hint={t('hint')} error={error}>
        <textarea
          {...fieldAria(id, error, { hint: true })}
          className={inputClass}
          ref={box}
          name="body"
          rows={3}
          value={text}
          onChange={(e) => follow(e.target.value, e.target.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setTyping(null), 150)}
          // A textarea may not take the combobox role (ARIA in HTML): it stays a textbox that
          // controls the suggestion list and names the active suggestion.
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={offered.length ? `${listId}-${active}` : undefined}
        />
      </Field>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('suggestions')}
        hidden={offered.length === 0}
        className="max-w-sm rounded-md border border-stone-300 bg-white shadow"
      >
        {offered.map((person, i) => (
          <li
            key={person.handle}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(person);
            }}
            className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? 'bg-sky-100' : ''}`}
          >
            <span className="font-medium">@{person.handle}</span> <span className="text-stone-600">{person.name}</span>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel}>
            {t('cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
