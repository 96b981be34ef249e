import { type FormEvent, useId, useState } from 'react';
import { TextAreaField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { Markdown } from '../../ui/Markdown';
import { ArticleReference, type ClauseReference } from '../accords/ArticleReference';
import './discussion.css';

export interface CommentView {
  id: string;
  body: string;
  parentId: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  author: { id: string; displayName: string };
  /** The articles the body cites, with their numbers now. */
  references?: ClauseReference[];
  replies?: CommentView[];
}

export interface QuoteRange {
  start: number;
  end: number;
}

export interface CommentDraft {
  body: string;
  parentId?: string;
  quote?: QuoteRange;
}

interface ThreadProps {
  comments: CommentView[];
  /** The text comments may quote (the amendment's proposed text). */
  sourceText: string;
  currentUserId: string | undefined;
  /** A passage the delegate selected in the text, waiting to be quoted by the next comment. */
  pendingQuote: QuoteRange | null;
  onClearQuote: () => void;
  onPost: (draft: CommentDraft) => Promise<boolean>;
  onEdit: (commentId: string, body: string) => Promise<boolean>;
  onDelete: (commentId: string) => Promise<boolean>;
  /** "Discussion" unless told; the count follows in brackets. */
  title?: string;
  /** 3 when the thread sits under a heading of level 2 (a clause of the text). */
  headingLevel?: 2 | 3;
  emptyText?: string;
  /** Read only: no form, no reply, edit or delete (e.g. an older version in the history). */
  readOnly?: boolean;
}

/** A threaded discussion: markdown rendered safely, quotes of the text, reply, edit, delete. */
export function CommentThread(props: ThreadProps) {
  const { comments, sourceText, pendingQuote, onClearQuote, onPost } = props;
  const { title = 'Discussion', headingLevel = 2, readOnly = false } = props;
  const { emptyText = 'No comments yet. Open the discussion below.' } = props;
  const count = countVisible(comments);
  const titleId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className="thread" aria-labelledby={titleId} data-testid="comment-thread">
      <Heading id={titleId} className="section-title">
        {title} <span className="muted">({count})</span>
      </Heading>
      {comments.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ol className="thread__list">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} depth={0} {...props} />
          ))}
        </ol>
      )}
      {!readOnly && (
        <CommentForm
          label="Add a comment"
          submitLabel="Post comment"
          quote={pendingQuote}
          sourceText={sourceText}
          onClearQuote={onClearQuote}
          onSubmit={async (body) =>
            onPost({ body, ...(pendingQuote ? { quote: pendingQuote } : {}) }).then((ok) => {
              if (ok) onClearQuote();
              return ok;
            })
          }
        />
      )}
    </section>
  );
}

/** Comments not deleted, replies included (what Clause.commentCount counts). */
export function countVisible(comments: CommentView[]): number {
  return comments.reduce((sum, c) => sum + (c.deleted ? 0 : 1) + countVisible(c.replies ?? []), 0);
}

function CommentItem({
  comment,
  depth,
  ...props
}: ThreadProps & { comment: CommentView; depth: number }) {
  const { sourceText, currentUserId, onPost, onEdit, onDelete, readOnly } = props;
  const [mode, setMode] = useState<'read' | 'reply' | 'edit'>('read');
  const mine = comment.author.id === currentUserId;
  const quote =
    comment.quoteStart !== null &&
    comment.quoteEnd !== null &&
    comment.quoteEnd > comment.quoteStart
      ? sourceText.slice(comment.quoteStart, comment.quoteEnd)
      : null;
  return (
    <li className="comment" id={`comment-${comment.id}`} data-testid="comment">
      <article aria-label={`Comment by ${comment.author.displayName}`}>
        <header className="comment__head">
          <span className="comment__author">{comment.author.displayName}</span>
          <time className="muted" dateTime={comment.createdAt}>
            {formatDateTime(comment.createdAt)}
          </time>
          {comment.editedAt && !comment.deleted && <span className="muted">(edited)</span>}
        </header>
        {comment.deleted ? (
          <p className="comment__deleted">This comment was deleted.</p>
        ) : mode === 'edit' ? (
          <CommentForm
            label="Edit your comment"
            submitLabel="Save"
            initial={comment.body}
            onCancel={() => setMode('read')}
            onSubmit={async (body) => {
              const ok = await onEdit(comment.id, body);
              if (ok) setMode('read');
              return ok;
            }}
          />
        ) : (
          <>
            {quote && (
              <blockquote className="comment__quote">
                <span className="visually-hidden">Quoting the text: </span>
                {quote}
              </blockquote>
            )}
            <div className="comment__body" data-testid="comment-body">
              <Markdown
                marks={comment.references}
                renderMark={(i) =>
                  comment.references?.[i] && <ArticleReference reference={comment.references[i]} />
                }
              >
                {comment.body}
              </Markdown>
            </div>
          </>
        )}
        {!comment.deleted && !readOnly && mode === 'read' && (
          <div className="comment__actions">
            {depth < 2 && (
              <button type="button" className="link-button" onClick={() => setMode('reply')}>
                Reply
              </button>
            )}
            {mine && (
              <>
                <button type="button" className="link-button" onClick={() => setMode('edit')}>
                  Edit
                </button>
                <button
                  type="button"
                  className="link-button link-button--danger"
                  onClick={() => {
                    if (window.confirm('Delete this comment? Others will see that it was deleted.'))
                      void onDelete(comment.id);
                  }}
                >
                  Delete
                </button>
              </>
            )}
          </div>
        )}
        {mode === 'reply' && (
          <CommentForm
            label={`Reply to ${comment.author.displayName}`}
            submitLabel="Post reply"
            onCancel={() => setMode('read')}
            onSubmit={async (body) => {
              const ok = await onPost({ body, parentId: comment.id });
              if (ok) setMode('read');
              return ok;
            }}
          />
        )}
      </article>
      {(comment.replies?.length ?? 0) > 0 && (
        <ol className="thread__list thread__list--replies">
          {comment.replies?.map((reply) => (
            <CommentItem key={reply.id} {...props} comment={reply} depth={depth + 1} />
          ))}
        </ol>
      )}
    </li>
  );
}

function CommentForm({
  label,
  submitLabel,
  initial = '',
  quote,
  sourceText,
  onClearQuote,
  onCancel,
  onSubmit,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  quote?: QuoteRange | null;
  sourceText?: string;
  onClearQuote?: () => void;
  onCancel?: () => void;
  onSubmit: (body: string) => Promise<boolean>;
}) {
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const submitted = body.trim();
    if (!submitted) return;
    setBusy(true);
    const ok = await onSubmit(submitted);
    setBusy(false);
    // Keep anything typed meanwhile.
    if (ok && !initial) setBody((current) => (current.trim() === submitted ? '' : current));
  }

  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)}>
      {quote && sourceText !== undefined && (
        <div className="comment-form__quote">
          <blockquote className="comment__quote">
            {sourceText.slice(quote.start, quote.end)}
          </blockquote>
          <button type="button" className="link-button" onClick={onClearQuote}>
            Remove quote
          </button>
        </div>
      )}
      <TextAreaField
        id={`${id}-body`}
        label={label}
        hint="Markdown: **bold**, _italic_, [links](https://…), lists."
        fieldClassName="comment-form__field"
        rows={3}
        maxLength={10000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy || !body.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
