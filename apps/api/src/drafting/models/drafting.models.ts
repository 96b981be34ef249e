import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AmendmentEntity } from '../amendment.entity.js';
import type { ClauseVersionText } from '../clause-version.entity.js';
import { AmendmentKind, AmendmentStatus, NormativeForce } from '../../common/graphql/enums.js';
import { OrganizationModel, UserModel } from '../../identity/models/identity.models.js';

@ObjectType('ClauseVersion')
export class ClauseVersionModel {
  clauseId!: string;
  amendmentId!: string | null;
  authorOrganizationId!: string | null;
  /** Read by `citations`. */
  normIds!: string[];
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) heading!: string | null;
  @Field() text!: string;
  @Field(() => NormativeForce) force!: NormativeForce;
  @Field(() => [String], { description: 'Citations, e.g. "UN GGE 2015 norm 13(f)"' })
  sources!: string[];
  @Field() createdAt!: Date;
  @Field(() => Int, { description: 'Seq of the event that created this version' })
  createdSeq!: number;
  @Field(() => OrganizationModel, {
    nullable: true,
    description: 'The organization whose amendment made it',
  })
  author?: OrganizationModel | null;
}

@ObjectType('Clause')
export class ClauseModel {
  currentVersion!: number;
  /** Its current version, when the clause was read with it (an accord's list): `current` needs no query. */
  currentText?: ClauseVersionText;
  @Field(() => ID) id!: string;
  @Field(() => ID) accordId!: string;
  @Field(() => Int, {
    nullable: true,
    description: '1-based place in the accord; null once removed',
  })
  position!: number | null;
  @Field({
    description:
      'Its article number ("5", "5 bis"), fixed once given until the facilitator renumbers the text; a removed clause keeps the number it had',
  })
  number!: string;
  @Field() removed!: boolean;
}

@ObjectType('TextSpan', {
  description: 'A run of the current text and the version that introduced it',
})
export class TextSpanModel {
  clauseId!: string;
  @Field() text!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID, { nullable: true }) amendmentId!: string | null;
  authorOrganizationId!: string | null;
}

@ObjectType('Amendment')
export class AmendmentModel {
  accordId!: string;
  clauseId!: string | null;
  authorId!: string;
  onBehalfOfId!: string;
  /** Carried from the row so that the tally field needs no second read of the amendment. */
  ballotCounts!: AmendmentEntity['ballotCounts'];
  finalTally!: AmendmentEntity['finalTally'];
  merged!: AmendmentEntity['merged'];
  /** Read by `citations`. */
  normIds!: string[];
  @Field(() => ID) id!: string;
  @Field(() => AmendmentKind) kind!: AmendmentKind;
  @Field(() => AmendmentStatus) status!: AmendmentStatus;
  @Field(() => Int, {
    nullable: true,
    description: 'MODIFY: the clause version the text was written against',
  })
  baseVersion!: number | null;
  @Field(() => String, { nullable: true }) heading!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => NormativeForce, { nullable: true }) force!: NormativeForce | null;
  @Field(() => [String]) sources!: string[];
  @Field(() => Int, { nullable: true, description: 'ADD/MOVE: 1-based place in the accord' })
  position!: number | null;
  @Field() rationale!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) votingOpenedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => AmendmentConflictModel, {
    nullable: true,
    description: 'Why it could not be applied',
  })
  conflict!: AmendmentConflictModel | null;
  @Field(() => UserModel) author?: UserModel;
  @Field(() => OrganizationModel) onBehalfOf?: OrganizationModel;
}

@ObjectType('TextRange')
export class TextRangeModel {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType('ConflictRange', {
  description: 'Overlapping edits, as offsets in each of the three texts',
})
export class ConflictRangeModel {
  @Field(() => TextRangeModel) base!: TextRangeModel;
  @Field(() => TextRangeModel) current!: TextRangeModel;
  @Field(() => TextRangeModel) proposal!: TextRangeModel;
}

@ObjectType('AmendmentConflict')
export class AmendmentConflictModel {
  @Field({ description: 'TEXT_OVERLAP, HEADING_OVERLAP or CLAUSE_REMOVED' }) reason!: string;
  @Field(() => Int, { nullable: true }) currentVersion!: number | null;
  @Field(() => [ConflictRangeModel]) ranges!: ConflictRangeModel[];
}

@ObjectType('NumberChange', { description: 'One article number changed by a renumbering' })
export class NumberChangeModel {
  @Field(() => ID) clauseId!: string;
  @Field() from!: string;
  @Field() to!: string;
}

@ObjectType('Renumbering', { description: 'The text numbered 1, 2, 3 … in its order, as one act' })
export class RenumberingModel {
  @Field(() => Int, { description: 'Seq of the clauses.renumbered event' }) seq!: number;
  @Field(() => [NumberChangeModel], { description: 'In the order of the text' })
  changes!: NumberChangeModel[];
}

@ObjectType('ClauseReference', {
  description:
    'Words that cite an article ("article 6"): the clause they named when written, and its number now',
})
export class ClauseReferenceModel {
  @Field({ description: 'TEXT or RATIONALE of an amendment, BODY of a comment' }) field!: string;
  @Field(() => Int, { description: 'Where the written number starts (UTF-16 code units)' })
  start!: number;
  @Field(() => Int, { description: 'Where it ends' }) end!: number;
  @Field({ description: 'The number as written ("6" in "article 6")' }) written!: string;
  @Field(() => ID, { description: 'The clause it named when written' }) clauseId!: string;
  @Field({ description: "That clause's number now: it follows any renumbering" }) number?: string;
  @Field({ description: 'Whether that clause has been removed since' }) removed?: boolean;
}

@ObjectType('NewArticle', { description: 'Where an ADD_CLAUSE amendment would put its article' })
export class NewArticleModel {
  @Field({ description: 'The number it would take if adopted now ("5 bis")' }) number!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The number of the article it would follow; null at the start of the text',
  })
  after!: string | null;
}

@ObjectType('DiffPart', { description: 'A run of words: "equal", "insert" or "delete"' })
export class DiffPartModel {
  @Field() op!: string;
  @Field() text!: string;
}

@ObjectType('ProjectedClauseVersion', {
  description:
    'The clause as an undecided MODIFY amendment would leave it if adopted now: its change merged onto the current version when its base moved',
})
export class ProjectedClauseVersionModel {
  @Field(() => Int, { description: 'The current version of the clause, which it applies onto' })
  ontoVersion!: number;
  @Field(() => String, { nullable: true }) heading!: string | null;
  @Field() text!: string;
  @Field(() => NormativeForce) force!: NormativeForce;
  @Field(() => [String]) sources!: string[];
  @Field(() => [DiffPartModel], { description: 'Word diff from the current text to this text' })
  changes!: DiffPartModel[];
}
