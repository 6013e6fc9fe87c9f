'use client';
import Link from 'next/link';
import { useActionState } from 'react';
import { updateArticleAction } from '@/lib/actions/articles';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { ArticleFields, type ArticleFieldValues } from './article-fields';

export function EditArticleForm({ articleId, defaults }: { articleId: string; defaults: ArticleFieldValues }) {
  const [state, action, pending] = useActionState(updateArticleAction.bind(null, articleId), null);
  return (
    <form action={action} className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <FormStatus state={state} />
      <ArticleFields defaults={defaults} state={state} />
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving and re-anchoring claims…' : 'Save corrections'}
        </Button>
        <Link href={`/desk/articles/${articleId}`} className="self-center text-sm text-sky-800 hover:underline">
          Back to the workspace
        </Link>
      </div>
    </form>
  );
}
