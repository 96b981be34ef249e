import { DEMO_INCIDENTS } from './demo-incidents.js';

/** What the signatories demo needs of the seeder: GraphQL as each delegate and as the facilitator. */
export interface DemoTable {
  /** Runs one operation as the demo delegate `key`, returning its single root field. */
  as<T = unknown>(key: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  asFacilitator<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  organizationId(key: string): string;
  /** Every demo delegation and its role in the accords. */
  delegations: readonly { key: string; role: 'PARTY' | 'OBSERVER' }[];
}

/**
 * A short accord in the spirit of the 2018 Cybersecurity Tech Accord and the 2015 UN GGE norms,
 * in our own words: already negotiated, so that its final text can be signed and implemented.
 */
export const FINAL_ACCORD = {
  title: 'Charter on Protecting Civilians Online',
  preamble:
    'Governments, companies and civil society commit together to keep the systems people depend on safe in peacetime, and to report each year on how far they have come.',
  articles: [
    {
      by: 'northwind',
      heading: 'Defence for every user',
      text: 'Signatories should protect all users and customers everywhere from malicious ICT activity, whoever is behind it and whatever its motive.',
      force: 'VOLUNTARY',
    },
    {
      by: 'rights',
      heading: 'No help to attacks on civilians',
      text: 'Signatories shall not help anyone carry out ICT attacks against innocent citizens or enterprises, and shall guard their products against tampering across their lifecycle.',
      force: 'BINDING',
    },
    {
      by: 'aurelia',
      heading: 'Vulnerabilities go to the vendor',
      text: 'Signatories should report the vulnerabilities they find to the vendor that can fix them, rather than keep or trade them.',
      force: 'VOLUNTARY',
    },
    {
      by: 'borealis',
      heading: 'Capacity building',
      text: 'Signatories should share information and tools that help users, developers and governments protect themselves.',
      force: 'VOLUNTARY',
    },
  ],
  /** Who signs, with what statement and reservation (articles by their position, from 1). */
  signatures: [
    { key: 'aurelia', statement: 'Aurelia signs as a first step towards binding rules.' },
    {
      key: 'borealis',
      statement: null,
      reservation: {
        article: 2,
        text: 'Borealis reads article 2 as binding on its agencies only once its parliament has ratified the Charter.',
      },
    },
    { key: 'northwind', statement: 'We will publish our progress every year.' },
    { key: 'rights', statement: 'We sign to hold every signatory to its word.' },
  ],
  reports: [
    {
      key: 'northwind',
      article: 1,
      status: 'DONE',
      text: 'Every customer, in every region, now gets the same security updates on the same day.',
    },
    {
      key: 'northwind',
      article: 3,
      status: 'IN_PROGRESS',
      text: 'A coordinated disclosure policy is published; the bug bounty opens next quarter.',
    },
    {
      key: 'aurelia',
      article: 3,
      status: 'NOT_STARTED',
      text: 'The inter-agency review of retained vulnerabilities has not begun.',
    },
    {
      key: 'rights',
      article: 4,
      status: 'IN_PROGRESS',
      text: 'Our digital safety clinics trained 300 journalists this year.',
    },
  ],
} as const;

const CREATE = `mutation($t: String!, $p: String, $r: DecisionRuleInput!) { createAccord(title: $t, preamble: $p, rule: $r) { id } }`;
const ADD = `mutation($a: ID!, $o: ID!, $r: ParticipantRole!) { addParticipant(accordId: $a, organizationId: $o, role: $r) { role } }`;
const PROPOSE = `mutation($i: ProposeAmendmentInput!) { proposeAmendment(input: $i) { id } }`;
const OPEN = `mutation($a: ID!) { openVoting(amendmentId: $a) { id } }`;
const VOTE = `mutation($a: ID!, $o: ID!) { castBallot(amendmentId: $a, organizationId: $o, choice: FOR) { choice } }`;
const CLOSE = `mutation($a: ID!) { closeVoting(amendmentId: $a) { status } }`;
const CLAUSES = `query($a: ID!) { accord(id: $a) { clauses { id } } }`;
const DECLARE = `mutation($a: ID!) { declareFinal(accordId: $a) { id } }`;
const SIGN = `mutation($i: SignAccordInput!) { signAccord(input: $i) { id } }`;
const REPORT = `mutation($i: ImplementationReportInput!) { fileImplementationReport(input: $i) { id } }`;
const PUBLISH = `mutation($a: ID!) { publishAccord(accordId: $a) { publicPage { path } } }`;

/**
 * A third accord, already negotiated and declared final, through the public API as the delegates
 * would: signed by two governments (Borealis with a reservation on article 2), a company and an
 * NGO, with implementation reports, and its public page published — so that a newcomer sees the
 * Signatories tab and the public page in the first minute. Returns the public page's path.
 */
export async function seedFinalAccord(demo: DemoTable): Promise<string> {
  const { id: accordId } = await demo.asFacilitator<{ id: string }>(CREATE, {
    t: FINAL_ACCORD.title,
    p: FINAL_ACCORD.preamble,
    r: { kind: 'SIMPLE_MAJORITY' },
  });
  for (const d of demo.delegations)
    await demo.asFacilitator(ADD, { a: accordId, o: demo.organizationId(d.key), r: d.role });
  const parties = demo.delegations.filter((d) => d.role === 'PARTY').map((d) => d.key);
  for (const [i, article] of FINAL_ACCORD.articles.entries()) {
    const { id } = await demo.as<{ id: string }>(article.by, PROPOSE, {
      i: {
        accordId,
        onBehalfOf: demo.organizationId(article.by),
        kind: 'ADD_CLAUSE',
        heading: article.heading,
        text: article.text,
        force: article.force,
        position: i + 1,
        rationale: 'From the commitments the parties brought to the table.',
      },
    });
    await demo.asFacilitator(OPEN, { a: id });
    for (const key of parties) await demo.as(key, VOTE, { a: id, o: demo.organizationId(key) });
    await demo.asFacilitator(CLOSE, { a: id });
  }
  const { clauses } = await demo.asFacilitator<{ clauses: { id: string }[] }>(CLAUSES, {
    a: accordId,
  });
  const clauseAt = (article: number) => {
    const clause = clauses[article - 1];
    if (!clause) throw new Error(`demo seed: the final accord has no article ${article}`);
    return clause.id;
  };
  await demo.asFacilitator(DECLARE, { a: accordId });
  for (const s of FINAL_ACCORD.signatures) {
    const reservation = 'reservation' in s ? s.reservation : null;
    await demo.as(s.key, SIGN, {
      i: {
        accordId,
        organizationId: demo.organizationId(s.key),
        statement: s.statement,
        reservations: reservation
          ? [{ clauseId: clauseAt(reservation.article), text: reservation.text }]
          : [],
      },
    });
  }
  for (const r of FINAL_ACCORD.reports)
    await demo.as(r.key, REPORT, {
      i: {
        accordId,
        organizationId: demo.organizationId(r.key),
        clauseId: clauseAt(r.article),
        status: r.status,
        text: r.text,
      },
    });
  await assessWannaCryAgainstTheCharter(demo, accordId, clauseAt);
  const { publicPage } = await demo.asFacilitator<{ publicPage: { path: string } }>(PUBLISH, {
    a: accordId,
  });
  return publicPage.path;
}

const RECORD_INCIDENT = `mutation($i: RecordIncidentInput!) { recordIncident(input: $i) { id } }`;
const ASSESS_INCIDENT = `mutation($i: AssessIncidentInput!) { assessIncident(input: $i) { id } }`;

/**
 * WannaCry weighed against the Charter by a government, a company and an NGO, so that the public
 * page shows its incident matrix (counts only) in the first minute.
 */
async function assessWannaCryAgainstTheCharter(
  demo: DemoTable,
  accordId: string,
  clauseAt: (article: number) => string,
): Promise<void> {
  const wannaCry = DEMO_INCIDENTS.find((i) => i.facts.name === 'WannaCry');
  if (!wannaCry) throw new Error('demo seed: WannaCry is missing from the demo incidents');
  const { id: incidentId } = await demo.as<{ id: string }>('aurelia', RECORD_INCIDENT, {
    i: { accordId, onBehalfOf: demo.organizationId('aurelia'), facts: wannaCry.facts },
  });
  const assessments = [
    {
      key: 'aurelia',
      article: 3,
      verdict: 'UNCLEAR',
      reasoning: 'The exploit was leaked, not traded: article 3 does not say what a leak is.',
    },
    {
      key: 'northwind',
      article: 3,
      verdict: 'BREACHED',
      reasoning: 'A flaw kept instead of reported to the vendor is what article 3 forbids.',
    },
    {
      key: 'rights',
      article: 3,
      verdict: 'BREACHED',
      reasoning: 'The vendor learnt of the flaw only once the exploit was stolen.',
    },
    {
      key: 'northwind',
      article: 1,
      verdict: 'NOT_BREACHED',
      reasoning: 'The patch (MS17-010) was out two months before the attack, for every user.',
    },
  ];
  for (const a of assessments)
    await demo.as(a.key, ASSESS_INCIDENT, {
      i: {
        incidentId,
        onBehalfOf: demo.organizationId(a.key),
        clauseId: clauseAt(a.article),
        verdict: a.verdict,
        reasoning: a.reasoning,
      },
    });
}
