import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommentEntity } from './comment.entity.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { DraftingModule } from '../drafting/drafting.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { CommentLoaderSource } from './comment.loaders.js';
import { AmendmentCommentsResolver, ClauseCommentsResolver } from './commented-text.resolver.js';
import { CommentsResolver } from './comments.resolver.js';
import { DeleteCommentUseCase } from './delete-comment.usecase.js';
import { EditCommentUseCase } from './edit-comment.usecase.js';
import { PostCommentUseCase } from './post-comment.usecase.js';

/** Comments and threads on amendments and clause versions. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CommentEntity]),
    AccordLogModule,
    IdentityModule,
    DraftingModule,
  ],
  providers: [
    CommentLoaderSource,
    PostCommentUseCase,
    EditCommentUseCase,
    DeleteCommentUseCase,
    CommentsResolver,
    AmendmentCommentsResolver,
    ClauseCommentsResolver,
  ],
})
export class DiscussionModule {}
