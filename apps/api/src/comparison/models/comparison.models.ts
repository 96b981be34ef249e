import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NormativeForce, NormCoverage } from '../../common/graphql/enums.js';
import { FrameworkModel, NormModel } from '../../frameworks/models/framework.models.js';

@ObjectType('CoveringClause', {
  description: 'A clause of the accord, as it stands, that cites a norm',
})
export class CoveringClauseModel {
  @Field(() => ID) clauseId!: string;
  @Field() number!: string;
  @Field(() => String, { nullable: true }) heading!: string | null;
  @Field(() => NormativeForce) force!: NormativeForce;
  @Field(() => String, {
    nullable: true,
    description: 'The free-text source linked to the norm; null when the clause cites it directly',
  })
  source!: string | null;
}

@ObjectType('NormCoverageRow', {
  description: 'One norm, the clauses that cite it, and how they cover it',
})
export class NormCoverageRowModel {
  @Field(() => NormModel) norm!: NormModel;
  @Field(() => NormCoverage, {
    description:
      "STRONGER: a citing clause is BINDING, the norm VOLUNTARY; WEAKER: the reverse; EQUIVALENT: the strongest citing clause has the norm's force; SILENT: no clause cites it",
  })
  coverage!: NormCoverage;
  @Field(() => [CoveringClauseModel], { description: 'In the order of the text' })
  clauses!: CoveringClauseModel[];
}

@ObjectType('FrameworkCoverage', {
  description: 'How the accord covers the norms of one framework',
})
export class FrameworkCoverageModel {
  @Field(() => FrameworkModel) framework!: FrameworkModel;
  @Field(() => [NormCoverageRowModel], { description: 'Every norm, in the order of the framework' })
  norms!: NormCoverageRowModel[];
  @Field(() => Int) stronger!: number;
  @Field(() => Int) equivalent!: number;
  @Field(() => Int) weaker!: number;
  @Field(() => Int) silent!: number;
}

@ObjectType('FrameworkComparison', {
  description: 'Frameworks laid beside the accord as it stands, norm by norm',
})
export class FrameworkComparisonModel {
  @Field(() => ID) accordId!: string;
  @Field(() => Int, { description: 'The seq of the text compared (the log head then)' })
  seq!: number;
  @Field(() => [FrameworkCoverageModel], { description: 'In the order asked' })
  frameworks!: FrameworkCoverageModel[];
}
