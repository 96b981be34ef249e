import { expect } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { only, type Tuple } from './lists.js';
import { type GraphqlResponse, TEST_OPERATOR_EMAIL, type TestApp } from './test-app.js';

export interface TestUser {
  id: string;
  email: string;
  token: string;
  displayName: string;
}

export interface TestParty {
  organizationId: string;
  group: string;
  name: string;
  representative: TestUser;
}

/** The stakeholder groups, in some order, so that counts per group can be added up in types. */
type EveryGroup = [
  'GOVERNMENT',
  'PRIVATE_SECTOR',
  'CIVIL_SOCIETY',
  'TECHNICAL_COMMUNITY',
  'ACADEMIA',
  'INTERGOVERNMENTAL',
];

/** Party organizations to make, per stakeholder group: `{ GOVERNMENT: 2, CIVIL_SOCIETY: 1 }`. */
export type PartyCounts = Partial<Record<EveryGroup[number], number>>;

/**
 * One `TestParty` per party asked for, as a tuple when the counts are literals, so that
 * `parties[2]` type-checks only where the setup made three (elements are all `TestParty`, so the
 * order of groups does not matter here). Counts known only as `number` give `TestParty[]`.
 */
export type PartyList<
  Counts extends PartyCounts,
  Groups extends unknown[] = EveryGroup,
  Built extends unknown[] = [],
> = Groups extends [infer Group, ...infer Rest]
  ? (Group extends keyof Counts ? Counts[Group] : 0) extends infer N extends number
    ? number extends N
      ? TestParty[]
      : PartyList<Counts, Rest, [...Built, ...Tuple<TestParty, N>]>
    : TestParty[]
  : Built;

export type RuleInput = {
  kind: string;
  threshold?: number | null;
  quorum?: number | null;
  weights?: { group: string; weight: number }[];
  secretBallot?: boolean;
};

/** Asserts the response failed with exactly this `extensions.code` and returns the error. */
export function expectError(response: GraphqlResponse, code: string) {
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  return only(response.errors ?? []);
}

export function expectData<T>(response: GraphqlResponse<T>): T {
  if (response.errors?.length)
    throw new Error(`unexpected GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** Builds data through the public API, as a client would. */
export class Given {
  constructor(private readonly api: Pick<TestApp, 'gql'>) {}

  async user(displayName = 'Delegate'): Promise<TestUser> {
    const email = `${displayName.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.org`;
    const data = expectData(
      await this.api.gql<{ register: { token: string; user: { id: string } } }>(
        `mutation($email: String!, $password: String!, $displayName: String!) {
           register(email: $email, password: $password, displayName: $displayName) { token user { id } } }`,
        { email, password: 'correct horse battery', displayName },
      ),
    );
    return { id: data.register.user.id, email, token: data.register.token, displayName };
  }

  private operatorSession: Promise<TestUser> | null = null;

  /** The platform operator named in the test app's PLENARY_OPERATOR_EMAILS (made on first use). */
  operator(): Promise<TestUser> {
    this.operatorSession ??= this.signInOrRegister(TEST_OPERATOR_EMAIL, 'Platform operator');
    return this.operatorSession;
  }

  private async signInOrRegister(email: string, displayName: string): Promise<TestUser> {
    const password = 'correct horse battery';
    const registered = await this.api.gql<{ register: { token: string; user: { id: string } } }>(
      `mutation($e: String!, $p: String!, $n: String!) { register(email: $e, password: $p, displayName: $n) { token user { id } } }`,
      { e: email, p: password, n: displayName },
    );
    // Several instances on one database share the operator: the second one signs in.
    const session = registered.data?.register
      ? registered.data.register
      : expectData(
          await this.api.gql<{ login: { token: string; user: { id: string } } }>(
            `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }`,
            { e: email, p: password },
          ),
        ).login;
    return { id: session.user.id, email, token: session.token, displayName };
  }

  /** An organization founded by `owner` (its representative), verified unless told otherwise. */
  async organization(
    owner: TestUser,
    group = 'GOVERNMENT',
    name = `Org ${randomUUID().slice(0, 6)}`,
    options: { verified?: boolean; country?: string } = {},
  ) {
    const data = expectData(
      await this.api.gql<{ createOrganization: { id: string } }>(
        `mutation($name: String!, $group: StakeholderGroup!, $country: String) {
           createOrganization(name: $name, group: $group, country: $country, website: "example.org") { id } }`,
        { name, group, country: options.country ?? null },
        owner.token,
      ),
    );
    const id = data.createOrganization.id;
    if (options.verified !== false) await this.verification(id, { name, group });
    return { id, name, group };
  }

  /** The operator verifies the organization with these details. */
  async verification(
    organizationId: string,
    details: { name: string; group: string; country?: string | null; website?: string },
  ) {
    const operator = await this.operator();
    expectData(
      await this.api.gql(
        `mutation($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { id } }`,
        {
          input: {
            organizationId,
            name: details.name,
            group: details.group,
            country: details.country ?? null,
            website: details.website ?? 'example.org',
          },
        },
        operator.token,
      ),
    );
  }

  /** `user` joins the organization: the representative invites him and he accepts. */
  async member(representative: TestUser, organizationId: string, user: TestUser, role = 'MEMBER') {
    const invited = expectData(
      await this.api.gql<{ inviteMember: { id: string } }>(
        `mutation($o: ID!, $e: String!, $r: MembershipRole!) { inviteMember(organizationId: $o, email: $e, role: $r) { id } }`,
        { o: organizationId, e: user.email, r: role },
        representative.token,
      ),
    );
    expectData(
      await this.api.gql(
        `mutation($i: ID!) { acceptInvitation(invitationId: $i) { status } }`,
        { i: invited.inviteMember.id },
        user.token,
      ),
    );
  }

  async accord(
    facilitator: TestUser,
    rule: RuleInput = { kind: 'SIMPLE_MAJORITY' },
    title = 'Tech Accord',
  ) {
    const data = expectData(
      await this.api.gql<{ createAccord: { id: string } }>(
        `mutation($title: String!, $rule: DecisionRuleInput!) { createAccord(title: $title, preamble: "We, the parties", rule: $rule) { id } }`,
        { title, rule },
        facilitator.token,
      ),
    );
    return data.createAccord.id;
  }

  async participant(
    facilitator: TestUser,
    accordId: string,
    organizationId: string,
    role = 'PARTY',
  ) {
    expectData(
      await this.api.gql(
        `mutation($a: ID!, $o: ID!, $r: ParticipantRole!) { addParticipant(accordId: $a, organizationId: $o, role: $r) { role } }`,
        { a: accordId, o: organizationId, r: role },
        facilitator.token,
      ),
    );
  }

  /** An accord with a facilitator and, per group, that many party organizations each with a representative. */
  async accordWithParties<
    const Counts extends PartyCounts,
    const Observers extends number = 0,
  >(options: {
    rule?: RuleInput;
    parties: Counts;
    observers?: Observers;
  }): Promise<{
    accordId: string;
    facilitator: TestUser;
    parties: PartyList<Counts>;
    observers: PartyList<{ ACADEMIA: Observers }>;
  }> {
    const facilitator = await this.user('Facilitator');
    const accordId = await this.accord(facilitator, options.rule ?? { kind: 'SIMPLE_MAJORITY' });
    const parties: TestParty[] = [];
    for (const [group, count] of Object.entries(options.parties)) {
      for (let i = 0; i < count; i++) {
        const representative = await this.user(`${group} rep ${i + 1}`);
        // Verified names are unique per group, and a spec file may build several accords.
        const name = `${group} ${i + 1} ${randomUUID().slice(0, 4)}`;
        const organization = await this.organization(representative, group, name);
        await this.participant(facilitator, accordId, organization.id, 'PARTY');
        parties.push({
          organizationId: organization.id,
          group,
          name: organization.name,
          representative,
        });
      }
    }
    const observers: TestParty[] = [];
    for (let i = 0; i < (options.observers ?? 0); i++) {
      const representative = await this.user(`observer rep ${i + 1}`);
      const organization = await this.organization(
        representative,
        'ACADEMIA',
        `Observer ${i + 1} ${randomUUID().slice(0, 4)}`,
      );
      await this.participant(facilitator, accordId, organization.id, 'OBSERVER');
      observers.push({
        organizationId: organization.id,
        group: 'ACADEMIA',
        name: organization.name,
        representative,
      });
    }
    // The loops above made exactly the counts that PartyList adds up.
    return {
      accordId,
      facilitator,
      parties: parties as PartyList<Counts>,
      observers: observers as PartyList<{ ACADEMIA: Observers }>,
    };
  }
}
