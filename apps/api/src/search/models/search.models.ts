import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AmendmentKind, AmendmentStatus, StakeholderGroup } from '../../common/graphql/enums.js';
import { SearchKind } from '../search-kind.js';
import type { SearchHitRow } from '../search-query.js';
import { snippetParts } from '../snippet.js';

@ObjectType('SnippetPart', {
  description: 'A piece of a snippet: render each as text, a highlighted one marked (<mark>)',
})
export class SnippetPartModel {
  @Field() text!: string;
  @Field({ description: 'One of the words searched for' }) highlighted!: boolean;
}

@ObjectType('SearchAccord', { description: 'The accord a hit is in' })
export class SearchAccordModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
}

@ObjectType('SearchClause', {
  description: 'The clause a hit is (or is about), as the version found or commented on',
})
export class SearchClauseModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Its article number ("5 bis")' }) number!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'False when the version is an earlier one (see the clause history)' })
  current!: boolean;
  @Field({ description: 'The clause was removed from the text' }) removed!: boolean;
}

@ObjectType('SearchAmendment', { description: 'The amendment a hit is (or is a comment on)' })
export class SearchAmendmentModel {
  @Field(() => ID) id!: string;
  @Field(() => AmendmentKind) kind!: AmendmentKind;
  @Field(() => AmendmentStatus) status!: AmendmentStatus;
}

@ObjectType('SearchComment', { description: 'A comment found' })
export class SearchCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'The comment it replies to' })
  parentId!: string | null;
}

@ObjectType('SearchOrganization', { description: 'An organization found' })
export class SearchOrganizationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => String, { nullable: true }) country!: string | null;
}

@ObjectType('SearchHit', { description: 'One thing found, with where it is and why' })
export class SearchHitModel {
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => Float, { description: 'How well it matches; hits come best first' }) rank!: number;
  @Field(() => String, { nullable: true, description: 'The heading of a clause or amendment' })
  heading!: string | null;
  @Field(() => [SnippetPartModel], { description: 'The passage that matched, words marked' })
  snippet!: SnippetPartModel[];
  @Field(() => SearchAccordModel, { nullable: true, description: 'Null for an organization' })
  accord!: SearchAccordModel | null;
  @Field(() => SearchClauseModel, {
    nullable: true,
    description: 'A clause found; the clause of an amendment or comment found',
  })
  clause!: SearchClauseModel | null;
  @Field(() => SearchAmendmentModel, {
    nullable: true,
    description: 'An amendment found; the amendment a comment found is on',
  })
  amendment!: SearchAmendmentModel | null;
  @Field(() => SearchCommentModel, { nullable: true }) comment!: SearchCommentModel | null;
  @Field(() => SearchOrganizationModel, { nullable: true })
  organization!: SearchOrganizationModel | null;
}

@ObjectType('SearchResults', { description: 'A page of hits, best first' })
export class SearchResultsModel {
  @Field(() => [SearchHitModel]) hits!: SearchHitModel[];
  @Field({ description: 'More hits follow: ask again with after: endCursor' }) hasMore!: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor after the last hit' })
  endCursor!: string | null;
}

export function toSearchHitModel(row: SearchHitRow): SearchHitModel {
  return {
    kind: row.kind,
    rank: row.rank,
    heading: row.heading,
    snippet: snippetParts(row.headline),
    accord: row.accordId ? { id: row.accordId, title: row.accordTitle ?? '' } : null,
    clause:
      row.clauseId && row.clauseNumber !== null && row.clauseVersion !== null
        ? {
            id: row.clauseId,
            number: row.clauseNumber,
            version: row.clauseVersion,
            current: row.clauseVersion === row.clauseCurrentVersion,
            removed: row.clauseRemoved ?? false,
          }
        : null,
    amendment:
      row.amendmentId && row.amendmentKind && row.amendmentStatus
        ? { id: row.amendmentId, kind: row.amendmentKind, status: row.amendmentStatus }
        : null,
    comment: row.kind === SearchKind.COMMENT ? { id: row.id, parentId: row.commentParentId } : null,
    organization:
      row.kind === SearchKind.ORGANIZATION && row.organizationName && row.organizationGroup
        ? {
            id: row.id,
            name: row.organizationName,
            group: row.organizationGroup,
            country: row.organizationCountry,
          }
        : null,
  };
}
