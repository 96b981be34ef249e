// Payloads of the discussion's events.

/** `comment.posted`: on an amendment, or on one version of a clause (a quote within its text). */
export interface CommentPostedPayload {
  commentId: string;
  amendmentId: string | null;
  clauseId: string | null;
  clauseVersion: number | null;
  parentId: string | null;
  authorId: string;
  body: string;
  quoteStart: number | null;
  quoteEnd: number | null;
}

export interface CommentEditedPayload {
  commentId: string;
  body: string;
  revision: number;
}

/** The row stays (replies keep their thread); its text is no longer served. */
export interface CommentDeletedPayload {
  commentId: string;
  byFacilitator: boolean;
}
