import { expect } from '@jest/globals';
import type { Abstract, DynamicModule, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  DecisionRuleKind,
  MembershipRole,
  NormativeForce,
  ParticipantRole,
  StakeholderGroup,
} from '@plenary/contracts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AccordsModule } from '../../src/accords/accords.module.js';
import { AddParticipantUseCase } from '../../src/accords/add-participant.usecase.js';
import { CreateAccordUseCase } from '../../src/accords/create-accord.usecase.js';
import type { DecisionRuleInput } from '../../src/accords/dto/accord.args.js';
import { EventLogService } from '../../src/accord-log/event-log.service.js';
import { ClauseWriter } from '../../src/drafting/clause-writer.js';
import { RunningVote } from '../../src/drafting/running-vote.js';
import { CommonModule } from '../../src/common/common.module.js';
import {
  DomainError,
  type DomainErrorCode,
  type GraphqlErrorCode,
} from '../../src/common/errors/domain-error.js';
import { graphqlCodeFor } from '../../src/common/errors/graphql-error-code.js';
import { loadConfig } from '../../src/config/config.js';
import { ConfigModule } from '../../src/config/config.module.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { RunningVoteModule } from '../../src/voting/voting.module.js';
import { TEST_JWT_SECRET, TEST_LIMITS, TEST_OPERATOR_EMAIL, TEST_SIGNING_KEY } from './test-app.js';
import { createTestDatabase } from './test-database.js';

export interface SeededUser {
  id: string;
  email: string;
}

export interface SeededParty {
  organizationId: string;
  representative: SeededUser;
}

/**
 * Use cases called directly, on a fresh copy of the migrated database: one Nest testing module
 * per spec file with only the feature modules it needs (AccordsModule always, for the seeds, and
 * voting's global RunningVote, which drafting asks for), no HTTP and no GraphQL. Boot it once in `beforeAll`; seeds write rows directly, so that each test
 * states only the use case it exercises.
 */
export class UseCaseHarness {
  private constructor(
    readonly module: TestingModule,
    readonly db: DataSource,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async boot(features: (Type | DynamicModule)[]): Promise<UseCaseHarness> {
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      JWT_SECRET: TEST_JWT_SECRET,
      PLENARY_SIGNING_KEY: TEST_SIGNING_KEY,
      PLENARY_DATA_DIR: mkdtempSync(join(tmpdir(), 'plenary-usecases-')),
      PLENARY_DEMO: 'false',
      PLENARY_OPERATOR_EMAILS: TEST_OPERATOR_EMAIL,
      ...TEST_LIMITS,
    });
    try {
      const module = await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(config),
          TypeOrmModule.forRoot({
            ...dataSourceOptions(database.url, config.database),
            autoLoadEntities: true,
            migrationsRun: false,
          }),
          CommonModule,
          // Drafting's RunningVote, which voting provides (global), for any module that writes text.
          RunningVoteModule,
          AccordsModule,
          ...features,
        ],
      }).compile();
      return new UseCaseHarness(module, module.get(DataSource), database.drop);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }

  /** A provider of any module booted (a use case, a service). */
  get<T>(type: Type<T> | Abstract<T>): T {
    return this.module.get(type, { strict: false });
  }

  async close(): Promise<void> {
    await this.module.close();
    await this.dropDatabase();
  }

  async user(name = 'delegate'): Promise<SeededUser> {
    const email = `${name}.${randomUUID().slice(0, 8)}@example.org`;
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, 'not-a-hash')
       RETURNING id`,
      [email, name],
    );
    return { id: row!.id, email };
  }

  /** The platform operator named in the configuration (PLENARY_OPERATOR_EMAILS). */
  async operator(): Promise<SeededUser> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO app_user (email, display_name, password_hash)
       VALUES ($1, 'Operator', 'not-a-hash')
       ON CONFLICT DO NOTHING RETURNING id`,
      [TEST_OPERATOR_EMAIL],
    );
    const id =
      row?.id ??
      (
        await this.db.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [
          TEST_OPERATOR_EMAIL,
        ])
      )[0]!.id;
    return { id, email: TEST_OPERATOR_EMAIL };
  }

  /** An organization with `representative` as its representative, verified unless told otherwise. */
  async organization(
    representative: SeededUser,
    options: { verified?: boolean; group?: StakeholderGroup } = {},
  ): Promise<string> {
    const verified = options.verified ?? true;
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO organization (name, stakeholder_group, website, created_by, verified_at)
       VALUES ($1, $2, 'example.org', $3, ${verified ? 'now()' : 'NULL'}) RETURNING id`,
      [
        `Org ${randomUUID().slice(0, 8)}`,
        options.group ?? StakeholderGroup.GOVERNMENT,
        representative.id,
      ],
    );
    await this.member(row!.id, representative, MembershipRole.REPRESENTATIVE);
    return row!.id;
  }

  async member(organizationId: string, user: SeededUser, role = MembershipRole.MEMBER) {
    await this.db.query(
      `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, $3)`,
      [organizationId, user.id, role],
    );
  }

  /** An accord, through its use case (it opens the accord's log). */
  async accord(
    facilitator: SeededUser,
    rule: DecisionRuleInput = { kind: DecisionRuleKind.SIMPLE_MAJORITY },
  ): Promise<string> {
    const accord = await this.get(CreateAccordUseCase).execute({
      callerId: facilitator.id,
      title: 'Tech Accord',
      preamble: null,
      rule,
    });
    return accord.id;
  }

  /** A verified organization, made a PARTY to the accord, with its representative. */
  async party(facilitator: SeededUser, accordId: string, name = 'rep'): Promise<SeededParty> {
    const representative = await this.user(name);
    const organizationId = await this.organization(representative);
    await this.participant(facilitator, accordId, organizationId);
    return { organizationId, representative };
  }

  /** A clause written straight into the text, as if an amendment had been adopted. */
  async clause(accordId: string, text: string, position: number | null = null) {
    return this.get(EventLogService).writeToAccord(accordId, (write) =>
      new ClauseWriter(write, this.get(RunningVote)).addClause(
        position,
        { heading: null, text, force: NormativeForce.BINDING, sources: [], normIds: [] },
        { amendmentId: null, authorOrganizationId: null, actorId: null },
      ),
    );
  }

  async participant(
    facilitator: SeededUser,
    accordId: string,
    organizationId: string,
    role = ParticipantRole.PARTY,
  ): Promise<void> {
    await this.get(AddParticipantUseCase).execute({
      callerId: facilitator.id,
      accordId,
      organizationId,
      role,
    });
  }
}

/**
 * Awaits a use case that must be refused: with this GraphQL code (what the client sees, mapped in
 * `common/errors`) for this domain reason.
 */
export async function expectRefusal(
  run: Promise<unknown>,
  graphqlCode: GraphqlErrorCode,
  reason: DomainErrorCode,
): Promise<DomainError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  const refusal = error as DomainError;
  expect({ code: graphqlCodeFor(refusal.code), reason: refusal.code }).toEqual({
    code: graphqlCode,
    reason,
  });
  return refusal;
}
