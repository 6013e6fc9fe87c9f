'use client';
// Import in two steps: bring the page in (paste text, paste HTML or upload a file) and preview what
// the cleaner made of it; then correct the metadata and body and save. Nothing is stored until Save.
import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { createArticleAction, previewArticleAction, type ArticlePreview } from '@/lib/actions/articles';
import { importTooLargeMessage, type ImportTooLarge } from '@/lib/articles/import-size';
import type { ParsedArticle } from '@/lib/articles/parse-article';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { ArticleFields, type ArticleFieldValues } from './article-fields';

type Mode = 'text' | 'html' | 'file';

const MODES: Mode[] = ['text', 'html', 'file'];

function toFieldValues(article: ParsedArticle): ArticleFieldValues {
  return {
    title: article.title ?? '',
    url: '',
    publisher: article.publisher ?? '',
    author: article.author ?? '',
    publishedAt: article.publishedAt ?? '',
    language: article.language ?? 'id',
    dateline: article.dateline ?? '',
    originalSource: article.originalSource ?? '',
    body: article.body,
  };
}

export function ImportArticle() {
  const t = useTranslations('ImportArticle');
  const [mode, setMode] = useState<Mode>('text');
  const [previewState, preview, previewing] = useActionState(previewArticleAction, null);
  const [saveState, save, saving] = useActionState(createArticleAction, null);
  const [pasted, setPasted] = useState<Record<'text' | 'html', string>>({ text: '', html: '' });
  const [tooLarge, setTooLarge] = useState<ImportTooLarge | null>(null);
  const previewData: ArticlePreview | undefined = previewState?.ok ? previewState.data : undefined;

  // Submitted by hand rather than as a form action, so a refused preview does not reset the form
  // (React resets forms after an action) and the pasted text or chosen file stays.
  function submitPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const refusal = importTooLargeMessage(data);
    setTooLarge(refusal);
    if (!refusal) startTransition(() => preview(data));
  }

  return (
    <div className="space-y-8">
      <form onSubmit={submitPreview} className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t('step1')}</legend>
          <div role="radiogroup" aria-label={t('importFrom')} className="inline-flex rounded-md border border-stone-300 bg-stone-100 p-0.5">
            {MODES.map((value) => (
              <label
                key={value}
                className={`cursor-pointer rounded px-3 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 ${mode === value ? 'bg-white font-medium shadow-sm' : 'text-stone-600'}`}
              >
                <input
                  type="radio"
                  name="mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                  className="sr-only"
                />
                {t(`mode.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {mode === 'file' ? (
          <div className="space-y-1">
            <label htmlFor="file" className="block text-sm font-medium">
              {t('fileLabel')}
            </label>
            <input
              id="file"
              name="file"
              type="file"
              accept=".txt,.html,.htm,text/plain,text/html"
              className="block text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5"
            />
          </div>
        ) : (
          <div className="space-y-1">
            <label htmlFor="pasted" className="block text-sm font-medium">
              {mode === 'html' ? t('htmlLabel') : t('textLabel')}
            </label>
            <TextArea
              id="pasted"
              name="pasted"
              rows={10}
              value={pasted[mode]}
              onChange={(e) => setPasted({ ...pasted, [mode]: e.target.value })}
              placeholder={mode === 'html' ? '<html>…' : t('textPlaceholder')}
            />
          </div>
        )}
        {tooLarge ? (
          <Alert tone="error">{t(tooLarge)}</Alert>
        ) : previewState && !previewState.ok ? (
          <Alert tone="error">{previewState.message}</Alert>
        ) : null}
        <Button type="submit" variant={previewData ? 'secondary' : 'primary'} disabled={previewing}>
          {previewing ? t('reading') : previewData ? t('previewAgain') : t('preview')}
        </Button>
      </form>

      {previewData ? (
        <form
          action={save}
          className="space-y-4 rounded-xl border border-stone-200 bg-white p-6"
          aria-labelledby="preview-heading"
          key={previewData.rawInputBase64.length + previewData.article.body.slice(0, 40)}
        >
          <h2 id="preview-heading" className="text-sm font-medium">
            {t('step2')}
          </h2>
          <p className="text-sm text-stone-600">{t('cleaned')}</p>
          <FormStatus state={saveState} />
          <ArticleFields defaults={toFieldValues(previewData.article)} state={saveState} />
          <input type="hidden" name="rawInputBase64" value={previewData.rawInputBase64} />
          <input type="hidden" name="inputKind" value={previewData.inputKind} />
          <Button type="submit" disabled={saving}>
            {saving ? t('saving') : t('save')}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
