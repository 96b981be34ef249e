import { ACCORD, CLAUSES, DELEGATES, DEMO_PASSWORD, FACILITATOR } from './demo-content.js';

type Vars = Record<string, unknown>;
type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN';

interface Session {
  token: string;
  organizationId: string;
}

export interface DemoCredentials {
  password: string;
  facilitator: string;
  delegates: { email: string; organization: string; role: string }[];
}

/**
 * Plays the first weeks of a negotiation through the public GraphQL API, as the delegates would,
 * so the demo exercises exactly what clients use (and its history and hash chain are genuine).
 */
export class DemoSeeder {
  private readonly sessions = new Map<string, Session>();
  private facilitatorToken = '';
  private accordId = '';

  constructor(private readonly graphqlUrl: string) {}

  private async gql<T = Record<string, any>>(
    query: string,
    variables: Vars = {},
    token?: string,
  ): Promise<T> {
    const response = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length)
      throw new Error(`demo seed: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  }

  private session(key: string): Session {
    const session = this.sessions.get(key);
    if (!session) throw new Error(`demo seed: unknown delegate ${key}`);
    return session;
  }

  async run(): Promise<DemoCredentials> {
    const register = `mutation($e: String!, $p: String!, $n: String!) { register(email: $e, password: $p, displayName: $n) { token } }`;
    this.facilitatorToken = (
      await this.gql(register, {
        e: FACILITATOR.email,
        p: DEMO_PASSWORD,
        n: FACILITATOR.displayName,
      })
    ).register.token;
    const rule = { kind: 'CHAMBERED', quorum: 0.5 };
    this.accordId = (
      await this.gql(
        `mutation($t: String!, $p: String, $r: DecisionRuleInput!) { createAccord(title: $t, preamble: $p, rule: $r) { id } }`,
        { t: ACCORD.title, p: ACCORD.preamble, r: rule },
        this.facilitatorToken,
      )
    ).createAccord.id;
    for (const d of DELEGATES) {
      const token = (await this.gql(register, { e: d.email, p: DEMO_PASSWORD, n: d.displayName }))
        .register.token as string;
      const organizationId = (
        await this.gql(
          `mutation($n: String!, $g: StakeholderGroup!, $c: String) { createOrganization(name: $n, group: $g, country: $c) { id } }`,
          { n: d.organization, g: d.group, c: d.country ?? null },
          token,
        )
      ).createOrganization.id as string;
      await this.gql(
        `mutation($a: ID!, $o: ID!, $r: ParticipantRole!) { addParticipant(accordId: $a, organizationId: $o, role: $r) { role } }`,
        { a: this.accordId, o: organizationId, r: d.role },
        this.facilitatorToken,
      );
      this.sessions.set(d.key, { token, organizationId });
    }
    await this.negotiate();
    return {
      password: DEMO_PASSWORD,
      facilitator: FACILITATOR.email,
      delegates: DELEGATES.map((d) => ({
        email: d.email,
        organization: d.organization,
        role: d.role,
      })),
    };
  }

  private async propose(by: string, input: Vars): Promise<string> {
    const { token, organizationId } = this.session(by);
    return (
      await this.gql(
        `mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id } }`,
        { i: { accordId: this.accordId, onBehalfOf: organizationId, ...input } },
        token,
      )
    ).proposeAmendment.id as string;
  }

  private async vote(amendmentId: string, ballots: [string, Choice, string?][]): Promise<void> {
    for (const [key, choice, explanation] of ballots) {
      const { token, organizationId } = this.session(key);
      await this.gql(
        `mutation($a: ID!, $o: ID!, $c: BallotChoice!, $e: String) { castBallot(amendmentId: $a, organizationId: $o, choice: $c, explanation: $e) { choice } }`,
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

  private async comment(
    by: string,
    amendmentId: string,
    body: string,
    extra: Vars = {},
  ): Promise<string> {
    return (
      await this.gql(
        `mutation($i: PostCommentInput!) { postComment(input: $i) { id } }`,
        { i: { accordId: this.accordId, amendmentId, body, ...extra } },
        this.session(by).token,
      )
    ).postComment.id as string;
  }

  private get parties(): string[] {
    return DELEGATES.filter((d) => d.role === 'PARTY').map((d) => d.key);
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
    const clauses = (
      await this.gql(
        `query($a: ID!) { accord(id: $a) { clauses { id current { version text } } } }`,
        { a: this.accordId },
        this.facilitatorToken,
      )
    ).accord.clauses as { id: string; current: { version: number; text: string } }[];

    // Critical infrastructure becomes binding: the heart of the debate.
    const binding = await this.propose('rights', {
      kind: 'MODIFY_CLAUSE',
      clauseId: clauses[3].id,
      baseVersion: 1,
      force: 'BINDING',
      text: clauses[3].current.text.replace('States should not', 'States shall not'),
      rationale: 'Hospitals and power grids need a commitment, not an aspiration.',
    });
    await this.open(binding);
    await this.vote(binding, [
      ['aurelia', 'FOR', 'Aurelia has long supported making this norm binding.'],
      ['borealis', 'FOR'],
      ['caldera', 'ABSTAIN', 'Caldera needs a shared definition of critical infrastructure first.'],
      ['northwind', 'FOR', 'Cloud providers are critical infrastructure in all but name.'],
      ['meridian', 'FOR'],
      ['rights', 'FOR'],
      ['openinternet', 'FOR'],
    ]);
    await this.close(binding);

    const diligence = await this.propose('openinternet', {
      kind: 'MODIFY_CLAUSE',
      clauseId: clauses[1].id,
      baseVersion: 1,
      text: clauses[1].current.text.replace(
        'should not knowingly allow',
        'should not knowingly allow or support',
      ),
      rationale: 'Support is as harmful as permission.',
    });
    await this.open(diligence);
    await this.vote(diligence, everyone('FOR'));
    await this.close(diligence);

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
      clauseId: clauses[5].id,
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
    await this.open(vulnerabilities, new Date(Date.now() + 7 * 24 * 3600 * 1000));
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
}
