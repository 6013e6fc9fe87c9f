'use client';
// The metadata and body fields of an article, shared by the import preview and the correction form.
import type { ActionResult } from '@/lib/actions/result';
import { Field, fieldAria, Select, TextArea, TextInput } from '@/components/ui/field';
import { firstError, keptValue } from '@/components/ui/form-status';

export interface ArticleFieldValues {
  title: string;
  url: string;
  publisher: string;
  author: string;
  publishedAt: string;
  language: string;
  dateline: string;
  originalSource: string;
  body: string;
}

const LANGUAGES: [string, string][] = [
  ['id', 'Indonesian (id)'],
  ['en', 'English (en)'],
];

export function ArticleFields({ defaults, state }: { defaults: ArticleFieldValues; state: ActionResult | null }) {
  const value = (name: keyof ArticleFieldValues) => keptValue(state, name) ?? defaults[name];
  const text = (name: keyof ArticleFieldValues, label: string, hint?: string, wide = false) => (
    <div className={wide ? 'sm:col-span-2' : ''}>
      <Field id={name} label={label} error={firstError(state, name)} hint={hint}>
        <TextInput {...fieldAria(name, firstError(state, name), { hint: Boolean(hint) })} defaultValue={value(name)} />
      </Field>
    </div>
  );
  const language = value('language');
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {text('title', 'Headline', undefined, true)}
      {text('publisher', 'Publisher', 'The outlet, e.g. Kompas.com')}
      {text('author', 'Author')}
      {text('publishedAt', 'Published', "With the source's offset: 2020-10-01T15:32:00+07:00 (WIB +07:00, WITA +08:00, WIT +09:00)")}
      <Field id="language" label="Language" error={firstError(state, 'language')}>
        <Select {...fieldAria('language', firstError(state, 'language'))} defaultValue={language}>
          {LANGUAGES.some(([code]) => code === language) ? null : <option value={language}>{language}</option>}
          {LANGUAGES.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      {text('dateline', 'Dateline', 'The place the story was filed from, e.g. MOSKWA')}
      {text('originalSource', 'Credited source', 'The agency the story credits, e.g. BBC')}
      {text('url', 'Original address', 'https://… (optional)', true)}
      <div className="sm:col-span-2">
        <Field
          id="body"
          label="Article text"
          error={firstError(state, 'body')}
          hint="Paragraphs separated by a blank line. Claims point into this text."
        >
          <TextArea
            {...fieldAria('body', firstError(state, 'body'), { hint: true })}
            defaultValue={value('body')}
            rows={18}
            className="font-serif leading-relaxed"
          />
        </Field>
      </div>
    </div>
  );
}
