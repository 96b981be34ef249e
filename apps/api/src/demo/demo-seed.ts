import {
  ACCORD,
  CLAUSES,
  DELEGATES,
  DEMO_PASSWORD,
  FACILITATOR,
  HEALTH_CARE,
  IMPOSTOR,
  OPERATOR,
  PENDING_INVITATIONS,
  PROPOSALS_CLOSE_AFTER_DAYS,
  SECRET_PROTOCOL,
} from './demo-content.js';
import { seedFinalAccord } from './demo-signatories.js';
import { seedCoSponsoredAmendments } from './demo-cosponsors.js';
import { seedFrameworks } from './demo-frameworks.js';
import { seedIncidents } from './demo-incidents.js';
import { populateDesks } from './demo-desk.js';

type Vars = Record<string, unknown>;
type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN';

interface Session {
  token: string;
  organizationId: string;
}

export interface DemoCredentials {
  password: string;
  operator: string;
  facilitator: string;
  delegates: { email: string; organization: string; role: string }[];
}

const REGISTER = `mutation($e: String!, $p: String!, $n: String!) {
  register(email: $e, password: $p, displayName: $n) { token } }`;

/**
 * Plays the first weeks of a negotiation through the public GraphQL API, as the delegates would,
 * so the demo exercises exactly what clients use (and its history and hash chain are genuine).
 */
export class DemoSeeder {
  private readonly sessions = new Map<string, Session>();
  private facilitatorToken = '';
  private accordId = '';

  /**
   * `makeOperator(email)` gives the demo's operator his role, as PLENARY_OPERATOR_EMAILS would
   * (the API offers no way to become one's own operator).
   */
  constructor(
    private readonly graphqlUrl: string,
    private readonly makeOperator: (email: string) => Promise<void>,
  ) {}

  /** Runs one operation and returns its single root field. */
  private async gql<T = unknown>(query: string, variables: Vars = {}, token?: string): Promise<T> {
    const response = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: Record<string, T>;
      errors?: { message: string }[];
    };
    if (body.errors?.length || !body.data) {
      throw new Error(`demo seed: ${(body.errors ?? []).map((e) => e.message).join('; ')}`);
    }
    const [answer] = Object.values(body.data);
    if (answer === undefined) throw new Error(`demo seed: no answer to ${query}`);
    return answer;
  }

  private session(key: string): Session {
    const session = this.sessions.get(key);
    if (!session) throw new Error(`demo seed: unknown delegate ${key}`);
    return session;
  }

  private async register(email: string, displayName: string): Promise<string> {
    return (
      await this.gql<{ token: string }>(REGISTER, { e: email, p: DEMO_PASSWORD, n: displayName })
    ).token;
  }

  async run(): Promise<DemoCredentials> {
    const operatorToken = await this.register(OPERATOR.email, OPERATOR.displayName);
    await this.makeOperator(OPERATOR.email);
    this.facilitatorToken = await this.register(FACILITATOR.email, FACILITATOR.displayName);
    const rule = { kind: 'CHAMBERED', quorum: 0.5 };
    this.accordId = (
      await this.gql<{ id: string }>(
        `mutation($t: String!, $p: String, $r: DecisionRuleInput!) { createAccord(title: $t, preamble: $p, rule: $r) { id } }`,
        { t: ACCORD.title, p: ACCORD.preamble, r: rule },
        this.facilitatorToken,
      )
    ).id;
    for (const d of DELEGATES) {
      const token = await this.register(d.email, d.displayName);
      const organizationId = await this.createOrganization(token, d);
      if (d.role === 'PARTY') {
        await this.gql(
          `mutation($i: VerifyOrganizationInput!) { verifyOrganization(input: $i) { id } }`,
          {
            i: {
              organizationId,
              name: d.organization,
              group: d.group,
              country: d.country ?? null,
              website: d.website,
            },
          },
          operatorToken,
        );
      }
      await this.gql(
        `mutation($a: ID!, $o: ID!, $r: ParticipantRole!) { addParticipant(accordId: $a, organizationId: $o, role: $r) { role } }`,
        { a: this.accordId, o: organizationId, r: d.role },
        this.facilitatorToken,
      );
      this.sessions.set(d.key, { token, organizationId });
    }
    await this.createOrganization(await this.register(IMPOSTOR.email, IMPOSTOR.displayName), {
      ...IMPOSTOR,
      organization: IMPOSTOR.organization,
    });
    await this.negotiate();
    const delegations = {
      accordId: this.accordId,
      as: <T>(key: string, q: string, v?: Record<string, unknown>) =>
        this.gql<T>(q, v, this.session(key).token),
      organizationId: (key: string) => this.session(key).organizationId,
    };
    await seedCoSponsoredAmendments(delegations);
    // Before the incidents: their assessments cite the UN GGE 2015 norms.
    const normsOf = await seedFrameworks({
      accordId: this.accordId,
      operatorToken,
      facilitatorToken: this.facilitatorToken,
      gql: (q, v, t) => this.gql(q, v, t),
    });
    await seedIncidents(delegations, normsOf('UN GGE 2015'));
    for (const invitation of PENDING_INVITATIONS) {
      const { token, organizationId } = this.session(invitation.from);
      await this.gql(
        `mutation($o: ID!, $e: String!, $r: MembershipRole!) { inviteMember(organizationId: $o, email: $e, role: $r) { id } }`,
        { o: organizationId, e: invitation.email, r: invitation.role },
        token,
      );
    }
    await this.secretProtocol();
    await seedFinalAccord({
      as: (key, q, v) => this.gql(q, v, this.session(key).token),
      asFacilitator: (q, v) => this.gql(q, v, this.facilitatorToken),
      organizationId: (key) => this.session(key).organizationId,
      delegations: DELEGATES,
    });
    await populateDesks({
      gql: (q, v, t) => this.gql(q, v, t),
      session: (k) => this.session(k),
      accordId: this.accordId,
      facilitatorToken: this.facilitatorToken,
    });
    await this.closeProposalsLater();
    return {
      password: DEMO_PASSWORD,
      operator: OPERATOR.email,
      facilitator: FACILITATOR.email,
      delegates: DELEGATES.map((d) => ({
        email: d.email,
        organization: d.organization,
        role: d.role,
      })),
    };
  }

  private async createOrganization(
    token: string,
    d: { organization: string; group: string; country?: string; website?: string },
  ): Promise<string> {
    const organization = await this.gql<{ id: string }>(
      `mutation($n: String!, $g: StakeholderGroup!, $c: String, $w: String) {
         createOrganization(name: $n, group: $g, country: $c, website: $w) { id } }`,
      { n: d.organization, g: d.group, c: d.country ?? null, w: d.website ?? null },
      token,
    );
    return organization.id;
  }

  private async propose(by: string, input: Vars, accordId = this.accordId): Promise<string> {
    const { token, organizationId } = this.session(by);
    const amendment = await this.gql<{ id: string }>(
      `mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id } }`,
      { i: { accordId, onBehalfOf: organizationId, ...input } },
      token,
    );
    return amendment.id;
  }

  private async vote(amendmentId: string, ballots: [string, Choice, string?][]): Promise<void> {
    for (const [key, choice, explanation] of ballots) {
      const { token, organizationId } = this.session(key);
      await this.gql(
        `mutation($a: ID!, $o: ID!, $c: BallotChoice!, $e: String) {
           castBallot(amendmentId: $a, organizationId: $o, choice: $c, explanation: $e) { choice } }`,
        { a: amendmentId, o: organizationId, c: choice, e: explanation ?? null },
        token,
      );
    }
  }

  private open(amendmentId: string, closesAt: Date | null = null) {
    return this.gql(
      `mutation($a: ID!, $c: DateTime) { openVoting(amendmentId: $a, closesAt: $c) { id } }`,
      { a: amendmentId, c: closesAt?.toISOString() ?? null },
      this.facilitatorToken,
    );
  }

  private close(amendmentId: string) {
    return this.gql(
      `mutation($a: ID!) { closeVoting(amendmentId: $a) { status } }`,
      { a: amendmentId },
      this.facilitatorToken,
    );
  }

  /** A comment on an amendment (by its id) or on a clause's text. */
  private async comment(
    by: string,
    on: string | { clauseId: string },
    body: string,
    extra: Vars = {},
  ): Promise<string> {
    const subject = typeof on === 'string' ? { amendmentId: on } : on;
    const comment = await this.gql<{ id: string }>(
      `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
      { i: { accordId: this.accordId, ...subject, body, ...extra } },
      this.session(by).token,
    );
    return comment.id;
  }

  /**
   * A discussion on an article's words (beside the text, not on an amendment): a question quoting
   * "critical infrastructure", a reply, and a remark on the whole article.
   */
  private async discussArticle(clauseId: string): Promise<void> {
    const clause = await this.gql<{ current: { text: string } }>(
      `query($c: ID!) { clause(id: $c) { current { text } } }`,
      { c: clauseId },
      this.facilitatorToken,
    );
    const words = 'critical infrastructure';
    const at = clause.current.text.indexOf(words);
    const quote = at >= 0 ? { quoteStart: at, quoteEnd: at + words.length } : {};
    const question = await this.comment(
      'institute',
      { clauseId },
      'Does "critical infrastructure" here cover the public core of the Internet (routing, DNS, undersea cables)? The Paris Call names it in a principle of its own.',
      quote,
    );
    await this.comment(
      'aurelia',
      { clauseId },
      'Aurelia reads it as included, but would rather say so: we could add "including the public core of the Internet" at second reading.',
      { parentId: question },
    );
    await this.comment(
      'openinternet',
      { clauseId },
      'Whatever the list, the article should bind States and the companies they contract alike.',
    );
  }

  private get parties(): string[] {
    return DELEGATES.filter((d) => d.role === 'PARTY').map((d) => d.key);
  }

  /** The second reading has a deadline for amendments, shown under the accord's tabs. */
  private async closeProposalsLater(): Promise<void> {
    const closesAt = new Date(Date.now() + PROPOSALS_CLOSE_AFTER_DAYS * 86_400_000);
    await this.gql(
      `mutation($a: ID!, $c: DateTime) { setProposalWindow(accordId: $a, closesAt: $c) { id } }`,
      { a: this.accordId, c: closesAt.toISOString() },
      this.facilitatorToken,
    );
  }

  private async negotiate(): Promise<void> {
    const everyone = (choice: Choice) => this.parties.map((k): [string, Choice] => [k, choice]);
    for (const clause of CLAUSES) {
      const id = await this.propose(clause.by, {
        kind: 'ADD_CLAUSE',
        heading: clause.heading,
        text: clause.text,
        force: clause.force,
        sources: clause.sources,
        rationale: `Brings ${clause.sources[0]} into the accord.`,
      });
      await this.open(id);
      await this.vote(id, everyone('FOR'));
      await this.close(id);
    }
    // The text every party agreed to at first reading: a named moment to compare against.
    await this.gql(
      `mutation($a: ID!, $n: String!) { markMilestone(accordId: $a, name: $n) { id } }`,
      { a: this.accordId, n: 'Draft after first reading' },
      this.facilitatorToken,
    );
    const { clauses } = await this.gql<{
      clauses: { id: string; current: { version: number; text: string } }[];
    }>(
      `query($a: ID!) { accord(id: $a) { clauses { id current { version text } } } }`,
      { a: this.accordId },
      this.facilitatorToken,
    );
    // The amendments below rework articles 2, 4 and 6 of the demo text.
    const [, article2, , article4, , article6] = clauses;
    if (!article2 || !article4 || !article6)
      throw new Error(`demo seed: the demo accord has ${clauses.length} clauses, not 6 or more`);

    // Critical infrastructure becomes binding: the heart of the debate.
    const binding = await this.propose('rights', {
      kind: 'MODIFY_CLAUSE',
      clauseId: article4.id,
      baseVersion: 1,
      force: 'BINDING',
      text: article4.current.text.replace('States should not', 'States shall not'),
      rationale: 'Hospitals and power grids need a commitment, not an aspiration.',
    });
    // Two more amendments written against the same version 1 while that vote runs: one that
    // still merges once "shall" is adopted (and is adopted as merged), one that overlaps it (its
    // vote is suspended, its ballots kept, until Caldera rebases it).
    const services = await this.propose('aurelia', {
      kind: 'MODIFY_CLAUSE',
      clauseId: article4.id,
      baseVersion: 1,
      text: article4.current.text.replace(
        'critical infrastructure or',
        'critical infrastructure, including health care, energy and water services, or',
      ),
      rationale: 'Name the services civilians depend on most.',
    });
    const selfDefence = await this.propose('caldera', {
      kind: 'MODIFY_CLAUSE',
      clauseId: article4.id,
      baseVersion: 1,
      text: article4.current.text.replace(
        'should not conduct',
        'may not, except in self-defence, conduct',
      ),
      rationale: 'The norm must not deprive states of their inherent right of self-defence.',
    });
    await this.open(binding);
    await this.open(services);
    await this.open(selfDefence);
    await this.vote(binding, [
      ['aurelia', 'FOR', 'Aurelia has long supported making this norm binding.'],
      ['borealis', 'FOR'],
      ['caldera', 'ABSTAIN', 'Caldera needs a shared definition of critical infrastructure first.'],
      ['northwind', 'FOR', 'Cloud providers are critical infrastructure in all but name.'],
      ['meridian', 'FOR'],
      ['rights', 'FOR'],
      ['openinternet', 'FOR'],
    ]);
    await this.vote(services, [
      ['aurelia', 'FOR'],
      ['rights', 'FOR', 'Hospitals first.'],
    ]);
    await this.vote(selfDefence, [
      ['caldera', 'FOR'],
      ['borealis', 'ABSTAIN'],
      ['rights', 'AGAINST', 'An exception this open would swallow the rule.'],
    ]);
    await this.close(binding);
    await this.vote(services, [
      ['borealis', 'FOR'],
      ['caldera', 'ABSTAIN'],
      ['northwind', 'FOR'],
      ['meridian', 'FOR'],
      ['openinternet', 'FOR'],
    ]);
    await this.close(services);

    const diligence = await this.propose('openinternet', {
      kind: 'MODIFY_CLAUSE',
      clauseId: article2.id,
      baseVersion: 1,
      text: article2.current.text.replace(
        'should not knowingly allow',
        'should not knowingly allow or support',
      ),
      rationale: 'Support is as harmful as permission.',
    });
    // Written against version 1 too, and still under discussion: shown as it would now apply.
    await this.propose('borealis', {
      kind: 'MODIFY_CLAUSE',
      clauseId: article2.id,
      baseVersion: 1,
      text: article2.current.text.replace(
        'carried out with ICTs.',
        'carried out with ICTs, and should answer requests for assistance from affected states.',
      ),
      rationale: 'Due diligence means acting when asked, not only abstaining.',
    });
    await this.open(diligence);
    await this.vote(diligence, everyone('FOR'));
    await this.close(diligence);

    // A new article after article 5: "5 bis". The articles after it keep their numbers.
    const { by, ...healthCare } = HEALTH_CARE;
    const hospitals = await this.propose(by, {
      kind: 'ADD_CLAUSE',
      ...healthCare,
      rationale:
        'Hospitals were hit throughout the pandemic. They deserve an article of their own, after article 4 on critical infrastructure and article 5 on emergency response teams.',
    });
    await this.open(hospitals);
    await this.vote(hospitals, everyone('FOR'));
    await this.close(hospitals);

    const hackBack = await this.propose('meridian', {
      kind: 'ADD_CLAUSE',
      heading: 'Active defence',
      text: 'Companies may take active defensive measures against the infrastructure of attackers.',
      force: 'VOLUNTARY',
      rationale: 'Defenders need room to act when states do not.',
    });
    await this.open(hackBack);
    await this.vote(hackBack, [
      ['aurelia', 'AGAINST', 'Private hack-back risks escalation between states.'],
      ['borealis', 'ABSTAIN'],
      ['caldera', 'FOR'],
      ['northwind', 'AGAINST'],
      ['meridian', 'FOR'],
      [
        'rights',
        'AGAINST',
        'Attribution by companies is too uncertain to justify counter-attacks.',
      ],
      ['openinternet', 'AGAINST'],
    ]);
    await this.close(hackBack);

    // A vote in progress, with a discussion.
    const vulnerabilities = await this.propose('northwind', {
      kind: 'MODIFY_CLAUSE',
      clauseId: article6.id,
      baseVersion: 1,
      text: 'States shall report ICT vulnerabilities to vendors rather than stockpile, sell or exploit them, and should share information on available remedies.',
      force: 'BINDING',
      rationale: 'WannaCry showed what a stockpiled vulnerability costs hospitals.',
    });
    const first = await this.comment(
      'caldera',
      vulnerabilities,
      'Caldera cannot accept "shall" here without an exception for **ongoing law-enforcement operations**.',
      { quoteStart: 0, quoteEnd: 12 },
    );
    await this.comment(
      'northwind',
      vulnerabilities,
      'An exception that broad would empty the clause. Could a time limit work — report within 90 days?',
      { parentId: first },
    );
    await this.comment(
      'rights',
      vulnerabilities,
      'We support the text as proposed. See the 2021 GGE guidance on coordinated vulnerability disclosure.',
    );
    await this.comment(
      'institute',
      vulnerabilities,
      'For reference: most coordinated disclosure policies give vendors 90 days.',
      { parentId: first },
    );
    await this.comment(
      'rights',
      vulnerabilities,
      'Read article 6 together with article 5 bis: a stockpiled vulnerability is what took hospitals offline in 2017.',
    );
    // Beside the text itself: a question on the words of article 4, answered.
    await this.discussArticle(article4.id);
    await this.open(vulnerabilities, new Date(Date.now() + 7 * 24 * 3600 * 1000));
    // Caldera abstains first, then votes against: the recorded votes keep the change.
    await this.vote(vulnerabilities, [
      ['caldera', 'ABSTAIN', 'Awaiting instructions from the capital.'],
    ]);
    await this.vote(vulnerabilities, [
      ['aurelia', 'FOR', 'A clear rule protects everyone’s infrastructure.'],
      ['northwind', 'FOR'],
      ['rights', 'FOR'],
      ['caldera', 'AGAINST', 'Not without a law-enforcement exception.'],
    ]);

    // Still under discussion: a new clause.
    const cert = await this.propose('borealis', {
      kind: 'ADD_CLAUSE',
      heading: 'Assistance to the private sector',
      text: 'States should assist private-sector efforts to detect, contain, respond to and recover from ICT incidents.',
      force: 'VOLUNTARY',
      sources: ['Digital Geneva Convention principle 2'],
      rationale: 'Companies are often the first responders.',
    });
    await this.comment(
      'meridian',
      cert,
      'Welcome. Should this also cover small and medium enterprises explicitly?',
    );
  }

  /** The second accord, by secret ballot, with the same delegations (see SECRET_PROTOCOL). */
  private async secretProtocol(): Promise<void> {
    const { title, preamble, rule, adopted, underVote } = SECRET_PROTOCOL;
    const accordId = (
      await this.gql<{ id: string }>(
        `mutation($t: String!, $p: String, $r: DecisionRuleInput!) { createAccord(title: $t, preamble: $p, rule: $r) { id } }`,
        { t: title, p: preamble, r: rule },
        this.facilitatorToken,
      )
    ).id;
    for (const d of DELEGATES) {
      await this.gql(
        `mutation($a: ID!, $o: ID!, $r: ParticipantRole!) { addParticipant(accordId: $a, organizationId: $o, role: $r) { role } }`,
        { a: accordId, o: this.session(d.key).organizationId, r: d.role },
        this.facilitatorToken,
      );
    }
    for (const [clause, closesAt] of [
      [adopted, null],
      [underVote, new Date(Date.now() + 5 * 24 * 3600 * 1000)],
    ] as const) {
      const id = await this.propose(
        clause.by,
        {
          kind: 'ADD_CLAUSE',
          heading: clause.heading,
          text: clause.text,
          force: clause.force,
          rationale: 'Attribution without consultation or evidence escalates.',
        },
        accordId,
      );
      await this.open(id, closesAt);
      await this.vote(id, clause.ballots);
      if (!closesAt) await this.close(id);
    }
  }
}
