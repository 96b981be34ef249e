import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { NormativeForce } from '../../common/graphql/enums.js';
import { DiffPartModel } from '../../drafting/models/drafting.models.js';

@ObjectType('AccordEvent', { description: 'One entry of the hash-chained event log' })
export class AccordEventModel {
  @Field(() => ID) accordId!: string;
  @Field(() => Int) seq!: number;
  @Field() type!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => GraphQLJSON) payload!: unknown;
  @Field() hash!: string;
  @Field() prevHash!: string;
}

@ObjectType('Checkpoint', {
  description:
    'A statement, signed with the deployment key (Ed25519), that the accord log had `hash` at `seq`',
})
export class CheckpointModel {
  @Field(() => ID) accordId!: string;
  @Field(() => Int) seq!: number;
  @Field() hash!: string;
  @Field(() => Int, {
    nullable: true,
    description: "The accord's previous checkpoint; null for its first",
  })
  previousSeq!: number | null;
  @Field(() => Int, { description: 'The next checkpoint comes within this many events' })
  every!: number;
  @Field() at!: Date;
  @Field({ description: 'The key that signed it (see signingKeys)' }) keyId!: string;
  @Field({ description: 'Ed25519 over the canonical statement (README), base64' })
  signature!: string;
}

@ObjectType('SigningKey', { description: 'A public key that checkpoints of this deployment carry' })
export class SigningKeyModel {
  @Field() keyId!: string;
  @Field() algorithm!: string;
  @Field({ description: 'SubjectPublicKeyInfo, PEM' }) publicKey!: string;
  @Field({ description: 'sha256 hex of the DER public key: pin this' }) fingerprint!: string;
  @Field({ description: 'Signs new checkpoints (the others are retired)' }) current!: boolean;
}

@ObjectType('HistoryVerification')
export class HistoryVerificationModel {
  @Field() ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => Int, { nullable: true }) firstBrokenSeq!: number | null;
  @Field() headHash!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why it broke, e.g. "hash", "prevHash", "checkpointHash", "checkpointMissing"',
  })
  breakReason!: string | null;
  @Field({ description: 'The verdict in words' }) explanation!: string;
  @Field(() => CheckpointModel, {
    nullable: true,
    description: 'The signed checkpoint the log does not match',
  })
  failedCheckpoint!: CheckpointModel | null;
  @Field(() => Int, { description: 'Signed checkpoints the log passes through' })
  checkpointsVerified!: number;
  @Field(() => CheckpointModel, { nullable: true }) latestCheckpoint!: CheckpointModel | null;
}

@ObjectType('ReceiptCheck', { description: 'Whether a ballot receipt is still in the log' })
export class ReceiptCheckModel {
  @Field(() => ID) accordId!: string;
  @Field(() => Int) seq!: number;
  @Field() hash!: string;
  @Field({ description: 'The verified log has this hash at this seq' }) inChain!: boolean;
  @Field({ description: 'The whole log verifies (chain and checkpoints)' }) chainOk!: boolean;
  @Field(() => CheckpointModel, {
    nullable: true,
    description: 'The first signed checkpoint at or after the entry',
  })
  coveredBy!: CheckpointModel | null;
  @Field({ description: 'The verdict in words' }) explanation!: string;
}

@ObjectType('ClauseDiff')
export class ClauseDiffModel {
  @Field(() => ID) clauseId!: string;
  @Field(() => Int) fromVersion!: number;
  @Field(() => Int) toVersion!: number;
  @Field(() => [DiffPartModel]) parts!: DiffPartModel[];
}

@ObjectType('ClauseVersionInAccord')
export class ClauseVersionInAccordModel {
  @Field(() => ID) clauseId!: string;
  @Field({ description: 'The article number it had at that seq' }) number!: string;
  @Field(() => Int) position!: number;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) heading!: string | null;
  @Field() text!: string;
  @Field(() => NormativeForce) force!: NormativeForce;
}

@ObjectType('AccordSnapshot', {
  description: 'The text of an accord as it stood after event `seq`',
})
export class AccordSnapshotModel {
  @Field(() => ID) accordId!: string;
  @Field(() => Int) seq!: number;
  @Field() at!: Date;
  @Field(() => [ClauseVersionInAccordModel]) clauses!: ClauseVersionInAccordModel[];
}
