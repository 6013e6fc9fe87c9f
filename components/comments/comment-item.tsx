'use client';
// One comment of the discussion: who, when, "edited" or "deleted", the text (links clickable, HTML
// shown as text), and for writers a reply box, for the author edit and delete.
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { addCommentAction, deleteCommentAction, editCommentAction } from '@/lib/actions/comments';
import type { ActionResult } from '@/lib/actions/result';
import type { Mentionable, ThreadComment } from '@/lib/data/comments';
import { ExplanationText } from '@/components/claims/explanation-text';
import { Button } from '@/components/ui/button';
import { RecordIdInput } from '@/components/ui/record-id-input';
import { DeskTime } from '@/components/ui/desk-time';
import { FormStatus } from '@/components/ui/form-status';
import { CommentForm } from './comment-form';

interface Props {
  comment: ThreadComment;
  claimId: string;
  viewerId: string;
  /** Null for viewers: they read only. */
  people: Mentionable[] | null;
}

export function CommentItem({ comment, claimId, viewerId, people }: Props) {
  const t = useTranslations('Comments');
  const [mode, setMode] = useState<'read' | 'reply' | 'edit'>('read');
  const [deleted, remove] = useActionState<ActionResult | null, FormData>(deleteCommentAction, null);
  const mine = comment.author.id === viewerId && !comment.deletedAt;
  return (
    <article
      id={`comment-${comment.id}`}
      className="scroll-mt-24 space-y-2 rounded-md border border-stone-200 bg-white p-3 target:ring-2 target:ring-sky-600"
      data-testid="comment"
    >
      <p className="text-sm">
        <span className="font-medium">{comment.author.name}</span>
        <span className="text-stone-500">
          {' '}
          · <DeskTime at={comment.createdAt} ago />
          {comment.editedAt && !comment.deletedAt ? ` · ${t('editedMark')}` : null}
        </span>
      </p>
      {comment.deletedAt ? (
        <p className="text-sm text-stone-500 italic">{t('deletedMark')}</p>
      ) : mode === 'edit' && people ? (
        <CommentForm
          action={editCommentAction}
          recordId={comment.id}
          people={people}
          label={t('editComment')}
          submitLabel={t('save')}
          defaultValue={comment.body}
          onCancel={() => setMode('read')}
        />
      ) : (
        <div className="text-sm [&_[data-testid=explanation]]:font-sans" data-testid="comment-body">
          <ExplanationText text={comment.body} emptyText="" />
        </div>
      )}
      <FormStatus state={deleted} />
      {people && mode === 'read' ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="ghost" onClick={() => setMode('reply')}>
            {t('reply')}
          </Button>
          {mine ? (
            <>
              <Button type="button" variant="ghost" onClick={() => setMode('edit')}>
                {t('edit')}
              </Button>
              <form action={remove} onSubmit={(e) => (window.confirm(t('confirmDelete')) ? undefined : e.preventDefault())}>
                <RecordIdInput id={comment.id} />
                <Button type="submit" variant="ghost">
                  {t('delete')}
                </Button>
              </form>
            </>
          ) : null}
        </div>
      ) : null}
      {people && mode === 'reply' ? (
        <CommentForm
          action={addCommentAction}
          recordId={claimId}
          people={people}
          parentId={comment.id}
          label={t('replyTo', { name: comment.author.name })}
          submitLabel={t('postReply')}
          onCancel={() => setMode('read')}
        />
      ) : null}
    </article>
  );
}
