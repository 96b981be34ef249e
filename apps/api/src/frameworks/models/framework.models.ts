import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NormativeForce } from '../../common/graphql/enums.js';
import type { FrameworkEntity, NormEntity } from '../framework.entity.js';

@ObjectType('Framework', {
  description:
    'A named, citable set of norms (a report, a convention, a pledge), shared by every accord',
})
export class FrameworkModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'How it is cited, e.g. "UN GGE 2015"; unique on the platform' })
  shortName!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when the day is known' })
  publishedOn!: string | null;
  @Field(() => String, { nullable: true }) sourceUrl!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('Norm', { description: 'One norm of a framework' })
export class NormModel {
  frameworkId!: string;
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable within its framework, e.g. "13(a)"' }) key!: string;
  @Field(() => Int, { description: 'Its place in the framework, 1-based' }) position!: number;
  @Field(() => String, {
    nullable: true,
    description: 'A short title, e.g. "Do not damage critical infrastructure"',
  })
  title!: string | null;
  @Field() text!: string;
  @Field(() => NormativeForce, { description: 'The force its authors gave it' })
  force!: NormativeForce;
  @Field(() => String, { nullable: true }) sourceUrl!: string | null;
}

export const toFrameworkModel = (framework: FrameworkEntity): FrameworkModel =>
  Object.assign(new FrameworkModel(), {
    id: framework.id,
    shortName: framework.shortName,
    title: framework.title,
    publisher: framework.publisher,
    year: framework.year,
    publishedOn: framework.publishedOn,
    sourceUrl: framework.sourceUrl,
    description: framework.description,
    createdAt: framework.createdAt,
    updatedAt: framework.updatedAt,
  });

export const toNormModel = (norm: NormEntity): NormModel =>
  Object.assign(new NormModel(), {
    frameworkId: norm.frameworkId,
    id: norm.id,
    key: norm.key,
    position: norm.position,
    title: norm.title,
    text: norm.text,
    force: norm.force,
    sourceUrl: norm.sourceUrl,
  });
