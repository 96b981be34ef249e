import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { SignedCheckpoint } from '@plenary/ledger';
import { AllowAnonymous } from '../common/auth/auth.guard.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import {
  AccordAtArgs,
  AccordEventsArgs,
  CheckReceiptArgs,
  ClauseDiffArgs,
  ExportAccordArgs,
} from './dto/history.args.js';
import { ExportService } from './export/export.service.js';
import { TextHistoryService } from './text-history.service.js';
import { CheckpointSigner } from '../accord-log/checkpoint-signer.js';
import { HistoryService } from './history.service.js';
import {
  AccordEventModel,
  AccordSnapshotModel,
  CheckpointModel,
  ClauseDiffModel,
  HistoryVerificationModel,
  ReceiptCheckModel,
  SigningKeyModel,
} from './models/history.models.js';

const toCheckpointModel = (checkpoint: SignedCheckpoint): CheckpointModel => ({
  ...checkpoint,
  at: new Date(checkpoint.at),
});
const toCheckpointOrNull = (checkpoint: SignedCheckpoint | null) =>
  checkpoint && toCheckpointModel(checkpoint);

@Resolver()
export class HistoryResolver {
  constructor(
    private readonly history: HistoryService,
    private readonly textHistory: TextHistoryService,
    private readonly exports: ExportService,
    private readonly signer: CheckpointSigner,
  ) {}

  @Query(() => ClauseDiffModel, {
    description: 'Word-level diff between any two versions, in either direction',
  })
  clauseDiff(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: ClauseDiffArgs,
  ): Promise<ClauseDiffModel> {
    return this.textHistory.clauseDiff(
      caller.userId,
      args.clauseId,
      args.fromVersion,
      args.toVersion,
    );
  }

  @Query(() => AccordSnapshotModel, {
    description: 'The text as it stood at a moment or after an event',
  })
  accordAt(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: AccordAtArgs,
  ): Promise<AccordSnapshotModel> {
    return this.textHistory.accordAt(
      caller.userId,
      args.accordId,
      args.at ?? null,
      args.seq ?? null,
    );
  }

  @Query(() => String, {
    description: 'The accord as MARKDOWN, JSON (with the verifiable event log) or AKOMA_NTOSO XML',
  })
  exportAccord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: ExportAccordArgs,
  ): Promise<string> {
    return this.exports.exportAccord(caller.userId, args.accordId, args.format, args.since ?? null);
  }

  @Query(() => [AccordEventModel], { description: 'The accord log in seq order, after `afterSeq`' })
  accordEvents(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: AccordEventsArgs,
  ): Promise<AccordEventModel[]> {
    return this.history.events(caller.userId, args.accordId, args.afterSeq ?? 0, args.first ?? 100);
  }

  @Query(() => HistoryVerificationModel, {
    description: 'Recomputes the hash chain of the accord log and checks its signed checkpoints',
  })
  async verifyHistory(
    @CurrentUser() caller: AuthenticatedUser,
    @Args('accordId', { type: () => ID }) accordId: string,
  ): Promise<HistoryVerificationModel> {
    const verification = await this.history.verify(caller.userId, accordId);
    return {
      ...verification,
      failedCheckpoint: toCheckpointOrNull(verification.failedCheckpoint),
      latestCheckpoint: toCheckpointOrNull(verification.latestCheckpoint),
    };
  }

  @Query(() => [CheckpointModel], {
    description: 'The signed checkpoints of the accord log, in seq order',
  })
  async accordCheckpoints(
    @CurrentUser() caller: AuthenticatedUser,
    @Args('accordId', { type: () => ID }) accordId: string,
  ): Promise<CheckpointModel[]> {
    return (await this.history.checkpoints(caller.userId, accordId)).map(toCheckpointModel);
  }

  @Query(() => ReceiptCheckModel, {
    description:
      'Whether the entry of a ballot receipt is still in the verified log, and under a signed checkpoint',
  })
  async checkReceipt(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId, seq, hash }: CheckReceiptArgs,
  ): Promise<ReceiptCheckModel> {
    const check = await this.history.checkReceipt(caller.userId, accordId, {
      seq,
      hash: hash.toLowerCase(),
    });
    return { ...check, coveredBy: toCheckpointOrNull(check.coveredBy) };
  }

  @AllowAnonymous()
  @Query(() => [SigningKeyModel], {
    description:
      'The public keys that verify checkpoints of this deployment, the current one first',
  })
  signingKeys(): SigningKeyModel[] {
    return this.signer.published.map((key) => ({
      ...key,
      current: key.keyId === this.signer.current.keyId,
    }));
  }
}
