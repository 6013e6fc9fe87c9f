'use client';
// The metadata and body fields of an article, shared by the import preview and the correction form.
import { useTranslations } from 'next-intl';
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

const LANGUAGES = ['id', 'en'] as const;

export function ArticleFields({ defaults, state }: { defaults: ArticleFieldValues; state: ActionResult | null }) {
  const t = useTranslations('ArticleFields');
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
      {text('title', t('headline'), undefined, true)}
      {text('publisher', t('publisher'), t('publisherHint'))}
      {text('author', t('author'))}
      {text('publishedAt', t('published'), t('publishedHint'))}
      <Field id="language" label={t('language')} error={firstError(state, 'language')}>
        <Select {...fieldAria('language', firstError(state, 'language'))} defaultValue={language}>
          {LANGUAGES.some((code) => code === language) ? null : <option value={language}>{language}</option>}
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`languageOption.${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text('dateline', t('dateline'), t('datelineHint'))}
      {text('originalSource', t('originalSource'), t('originalSourceHint'))}
      {text('url', t('url'), t('urlHint'), true)}
      <div className="sm:col-span-2">
        <Field id="body" label={t('body')} error={firstError(state, 'body')} hint={t('bodyHint')}>
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
