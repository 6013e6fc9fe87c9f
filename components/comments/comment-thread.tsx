// The claim's discussion on the claim page: comments in the order written, replies under the comment
// whose branch they answer. Desk only.
import { getTranslations } from 'next-intl/server';
import { addCommentAction } from '@/lib/actions/comments';
import { threadOf, type Mentionable, type ThreadComment } from '@/lib/data/comments';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';

interface Props {
  claimId: string;
  comments: ThreadComment[];
  viewerId: string;
  /** Null for viewers: they read only. */
  people: Mentionable[] | null;
}

export async function CommentThread({ claimId, comments, viewerId, people }: Props) {
  const t = await getTranslations('Comments');
  const thread = threadOf(comments);
  return (
    <section aria-labelledby="discussion-heading" className="space-y-3" data-testid="discussion">
      <div>
        <h2 id="discussion-heading" className="text-lg font-medium">
          {t('heading')}
        </h2>
        <p className="text-sm text-stone-600">{t('intro')}</p>
      </div>
      {thread.length === 0 ? <p className="text-sm text-stone-600">{t('empty')}</p> : null}
      <ol className="space-y-3">
        {thread.map(({ comment, replies }) => (
          <li key={comment.id} className="space-y-2">
            <CommentItem comment={comment} claimId={claimId} viewerId={viewerId} people={people} />
            {replies.length ? (
              <ol className="space-y-2 border-l-2 border-stone-200 pl-3 sm:pl-6" aria-label={t('replyLabel')}>
                {replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentItem comment={reply} claimId={claimId} viewerId={viewerId} people={people} />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
      {people ? (
        <CommentForm
          action={addCommentAction}
          recordId={claimId}
          people={people}
          label={t('label')}
          submitLabel={t('post')}
          testId="new-comment"
        />
      ) : (
        <p className="text-sm text-stone-600">{t('readOnly')}</p>
      )}
    </section>
  );
}
