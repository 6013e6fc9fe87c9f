'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { updateArticleAction } from '@/lib/actions/articles';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { ArticleFields, type ArticleFieldValues } from './article-fields';
import { RecordIdInput } from '@/components/ui/record-id-input';

export function EditArticleForm({ articleId, defaults }: { articleId: string; defaults: ArticleFieldValues }) {
  const [state, action, pending] = useActionState(updateArticleAction, null);
  const t = useTranslations('ArticleEdit');
  return (
    <form action={action} className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <RecordIdInput id={articleId} />
      <FormStatus state={state} />
      <ArticleFields defaults={defaults} state={state} />
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
        <Link href={`/desk/articles/${articleId}`} className="self-center text-sm text-sky-800 hover:underline">
          {t('backPlain')}
        </Link>
      </div>
    </form>
  );
}
