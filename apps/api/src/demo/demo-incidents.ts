import type { DemoDelegations } from './demo-cosponsors.js';

// The three incidents of the study, with facts the secretariat could check (see
// ../shared domain notes): paraphrased, never quoted, and without what could not be confirmed
// (no executive order number, no count of zero-days, no third-country infrastructure for Sony).

const CLAUSES = `query($a: ID!) { accord(id: $a) { clauses { id number current { heading } } } }`;
const RECORD = `mutation($i: RecordIncidentInput!) { recordIncident(input: $i) { id } }`;
const ASSESS = `mutation($i: AssessIncidentInput!) { assessIncident(input: $i) { id } }`;
const REVISE = `mutation($i: ReviseIncidentInput!) { reviseIncident(input: $i) { id } }`;

type Verdict = 'BREACHED' | 'NOT_BREACHED' | 'UNCLEAR';

interface DemoIncident {
  by: string;
  facts: {
    name: string;
    startedOn: string;
    endedOn: string | null;
    description: string;
    sources: string[];
    actors: { name: string; attribution: string; note: string | null }[];
    responses: {
      kind: string;
      by: string;
      on: string | null;
      description: string;
      source: string | null;
    }[];
  };
  /** Per article heading, the organizations' verdicts and why. */
  assessments: { heading: string; by: string; verdict: Verdict; reasoning: string }[];
}

export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    by: 'rights',
    facts: {
      name: 'Stuxnet',
      startedOn: '2010',
      endedOn: null,
      description:
        'A worm found in June 2010 by VirusBlokAda, a Belarusian antivirus firm, and made public the following month. It spread through Windows using several previously unknown flaws, then searched for Siemens Step7 controllers driving the centrifuges of the Natanz enrichment plant in Iran, changing their rotor speeds while showing operators normal readings. Footage from IAEA inspections suggests that 1,000 to 2,000 centrifuges were replaced within a few months. The worm escaped its target and spread around the world.',
      sources: [
        'David E. Sanger, The New York Times, 1 June 2012 (on “Olympic Games”)',
        'Kim Zetter, Wired, on the IAEA footage of replaced centrifuges',
      ],
      actors: [
        {
          name: 'United States and Israel',
          attribution: 'ALLEGED',
          note: 'Reported by The New York Times in 2012 as a joint operation code-named “Olympic Games”; never officially acknowledged',
        },
      ],
      responses: [
        {
          kind: 'OTHER',
          by: 'Iran',
          on: '2010-11',
          description:
            'The Iranian president acknowledged that a limited number of centrifuges had been affected.',
          source: null,
        },
        {
          kind: 'NONE',
          by: 'The international community',
          on: null,
          description: 'No government has publicly attributed or condemned the operation.',
          source: null,
        },
      ],
    },
    assessments: [
      {
        heading: 'Critical infrastructure',
        by: 'borealis',
        verdict: 'NOT_BREACHED',
        reasoning:
          'An enrichment plant under a contested nuclear programme does not provide services to the public, which is what the article protects.',
      },
      {
        heading: 'Critical infrastructure',
        by: 'aurelia',
        verdict: 'UNCLEAR',
        reasoning:
          'Each state decides what its critical infrastructure is; the article does not say whether nuclear facilities are included.',
      },
      {
        heading: 'Critical infrastructure',
        by: 'northwind',
        verdict: 'BREACHED',
        reasoning:
          'It deliberately damaged industrial control systems; the same code could as well have stopped a power plant or a water works.',
      },
      {
        heading: 'Critical infrastructure',
        by: 'rights',
        verdict: 'BREACHED',
        reasoning:
          'Physical damage to an energy facility is the kind of harm the article exists to rule out, whoever owns it.',
      },
      {
        heading: 'Vulnerabilities',
        by: 'northwind',
        verdict: 'BREACHED',
        reasoning:
          'Flaws in Windows were exploited for years instead of being reported to the vendor, leaving every user exposed.',
      },
      {
        heading: 'Vulnerabilities',
        by: 'caldera',
        verdict: 'UNCLEAR',
        reasoning:
          'The article asks states to encourage reporting; it says nothing of flaws a state keeps for an operation.',
      },
      {
        heading: 'Supply chain integrity',
        by: 'meridian',
        verdict: 'BREACHED',
        reasoning:
          'The weapon escaped its target and its code could be studied and reused: the proliferation the article asks states to prevent.',
      },
      {
        heading: 'Supply chain integrity',
        by: 'openinternet',
        verdict: 'BREACHED',
        reasoning: 'Once loose, the worm became a template for others.',
      },
    ],
  },
  {
    by: 'northwind',
    facts: {
      name: 'Sony Pictures Entertainment hack',
      startedOn: '2014-11-24',
      endedOn: null,
      description:
        'On 24 November 2014 a group calling itself “Guardians of Peace” took over the screens of Sony Pictures, claimed to have taken about 100 TB of data and leaked unreleased films, executives’ emails, salaries and employees’ personal data, then wiped machines with destructive malware. The group objected to “The Interview”, a comedy about a plot to kill Kim Jong-un, and threatened cinemas that showed it; chains dropped the film and Sony cancelled its wide release, then released it online and in a few theatres at Christmas.',
      sources: ['https://en.wikipedia.org/wiki/2014_Sony_Pictures_hack'],
      actors: [
        {
          name: 'Guardians of Peace',
          attribution: 'CLAIMED',
          note: 'Signed the defacement and the threats',
        },
        {
          name: 'North Korea',
          attribution: 'ATTRIBUTED_OFFICIALLY',
          note: 'The FBI cited links to earlier North Korean malware, North Korean IP addresses and similarity to the 2013 attacks on South Korean banks and media; some independent experts doubted the attribution',
        },
      ],
      responses: [
        {
          kind: 'ATTRIBUTION',
          by: 'United States (FBI)',
          on: '2014-12-19',
          description: 'Found the North Korean government responsible.',
          source: null,
        },
        {
          kind: 'SANCTIONS',
          by: 'United States',
          on: '2015-01-02',
          description: 'Sanctions by executive order on North Korean entities and officials.',
          source: null,
        },
        {
          kind: 'INDICTMENT',
          by: 'United States (Department of Justice)',
          on: '2018-09-06',
          description:
            'Charged Park Jin Hyok over this attack, WannaCry and the theft from the Bangladesh Bank.',
          source: null,
        },
      ],
    },
    assessments: [
      {
        heading: 'Critical infrastructure',
        by: 'borealis',
        verdict: 'NOT_BREACHED',
        reasoning: 'A film studio is not critical infrastructure, however grave the attack.',
      },
      {
        heading: 'Critical infrastructure',
        by: 'meridian',
        verdict: 'NOT_BREACHED',
        reasoning: 'The article is about services to the public; a studio provides none.',
      },
      {
        heading: 'Critical infrastructure',
        by: 'openinternet',
        verdict: 'NOT_BREACHED',
        reasoning: 'Not engaged: this is the case that shows where the article stops.',
      },
      {
        heading: 'Human rights online',
        by: 'rights',
        verdict: 'BREACHED',
        reasoning:
          'The attack and the threats set out to stop a film from being shown: an assault on freedom of expression.',
      },
      {
        heading: 'Human rights online',
        by: 'northwind',
        verdict: 'BREACHED',
        reasoning: 'Employees’ private data was published to punish their employer.',
      },
      {
        heading: 'Human rights online',
        by: 'aurelia',
        verdict: 'UNCLEAR',
        reasoning:
          'The article binds a state in securing its own ICTs; whether it reaches an operation abroad is not settled, and the attribution was contested.',
      },
    ],
  },
  {
    by: 'aurelia',
    facts: {
      name: 'WannaCry',
      startedOn: '2017-05-12',
      endedOn: '2017-05',
      description:
        'Ransomware with a self-spreading worm that asked for $300–600 in bitcoin. It used EternalBlue, an exploit of a Windows SMBv1 flaw (CVE-2017-0144) developed by the NSA and leaked by the Shadow Brokers in April 2017; Microsoft had patched the flaw in March (MS17-010). About 200,000 computers in some 150 countries were hit before a researcher registered the domain that served as its kill switch. In England, at least 81 of 236 NHS trusts and 595 GP practices were affected and about 19,000 appointments cancelled.',
      sources: [
        'https://nao.org.uk/press-releases/investigation-wannacry-cyber-attack-and-the-nhs',
      ],
      actors: [
        {
          name: 'North Korea (Lazarus Group)',
          attribution: 'ATTRIBUTED_OFFICIALLY',
          note: 'By the United States and the United Kingdom in December 2017; Australia, Canada, New Zealand and Japan concurred',
        },
      ],
      responses: [
        {
          kind: 'OTHER',
          by: 'Microsoft',
          on: '2017-05-14',
          description:
            'Called the attack a wake-up call for governments to report vulnerabilities to vendors rather than stockpile them.',
          source: null,
        },
        {
          kind: 'ATTRIBUTION',
          by: 'United States and United Kingdom',
          on: '2017-12',
          description:
            'Named North Korea as directly responsible; Australia, Canada, New Zealand and Japan concurred.',
          source: null,
        },
        {
          kind: 'INDICTMENT',
          by: 'United States (Department of Justice)',
          on: '2018-09-06',
          description: 'Charged Park Jin Hyok (see the Sony Pictures hack).',
          source: null,
        },
      ],
    },
    assessments: [
      {
        heading: 'Health care',
        by: 'rights',
        verdict: 'BREACHED',
        reasoning: 'Hospitals diverted ambulances and cancelled thousands of appointments.',
      },
      {
        heading: 'Health care',
        by: 'borealis',
        verdict: 'BREACHED',
        reasoning: 'Medical services were disrupted, whatever the attackers intended.',
      },
      {
        heading: 'Health care',
        by: 'meridian',
        verdict: 'BREACHED',
        reasoning: 'Infected diagnostic devices put patients at risk.',
      },
      {
        heading: 'Critical infrastructure',
        by: 'caldera',
        verdict: 'UNCLEAR',
        reasoning:
          'The article speaks of intentional damage; an indiscriminate worm may not have been aimed at any infrastructure.',
      },
      {
        heading: 'Critical infrastructure',
        by: 'northwind',
        verdict: 'BREACHED',
        reasoning: 'Launching a worm is accepting that it will reach hospitals and utilities.',
      },
      {
        heading: 'Vulnerabilities',
        by: 'borealis',
        verdict: 'NOT_BREACHED',
        reasoning:
          'The flaw was reported and patched two months before; the article asks states to encourage reporting, not to answer for a leak.',
      },
      {
        heading: 'Vulnerabilities',
        by: 'northwind',
        verdict: 'BREACHED',
        reasoning:
          'The exploit was kept rather than reported for years; stockpiling is exactly what the article is meant to end.',
      },
      {
        heading: 'Vulnerabilities',
        by: 'openinternet',
        verdict: 'BREACHED',
        reasoning: 'A stockpiled exploit, once stolen, became the weapon.',
      },
    ],
  },
];

const LATER = 'Assessed against later norms (2015): ';

/**
 * The incidents against UN GGE 2015 norms (the study's point: which norms each one breached),
 * after the suggested mapping of the domain facts. Stuxnet and Sony predate the norms, so those
 * assessments say they are retrospective.
 */
const NORM_ASSESSMENTS: {
  incident: string;
  norm: string;
  by: string;
  verdict: Verdict;
  reasoning: string;
}[] = [
  {
    incident: 'Stuxnet',
    norm: '13(f)',
    by: 'borealis',
    verdict: 'NOT_BREACHED',
    reasoning: `${LATER}a nuclear enrichment plant does not provide services to the public.`,
  },
  {
    incident: 'Stuxnet',
    norm: '13(f)',
    by: 'rights',
    verdict: 'BREACHED',
    reasoning: `${LATER}it physically damaged centrifuges at Natanz through their industrial controllers.`,
  },
  {
    incident: 'Stuxnet',
    norm: '13(i)',
    by: 'northwind',
    verdict: 'BREACHED',
    reasoning: `${LATER}the worm escaped its target, spread worldwide, and its code could be reused.`,
  },
  {
    incident: 'Sony Pictures Entertainment hack',
    norm: '13(f)',
    by: 'meridian',
    verdict: 'NOT_BREACHED',
    reasoning: `${LATER}a film studio is not usually critical infrastructure.`,
  },
  {
    incident: 'WannaCry',
    norm: '13(f)',
    by: 'rights',
    verdict: 'BREACHED',
    reasoning:
      'It impaired health care indiscriminately: at least 81 NHS trusts and 595 GP practices were affected.',
  },
  {
    incident: 'WannaCry',
    norm: '13(f)',
    by: 'borealis',
    verdict: 'UNCLEAR',
    reasoning: 'The harm to hospitals is clear; whether it was intended is debatable.',
  },
  {
    incident: 'WannaCry',
    norm: '13(j)',
    by: 'northwind',
    verdict: 'BREACHED',
    reasoning:
      'EternalBlue was an NSA exploit kept back rather than reported, then leaked by the Shadow Brokers.',
  },
];

/**
 * Records the three incidents through the public API as the delegates would, and has parties of
 * the three stakeholder groups assess them against the articles: governments and companies
 * disagree on Stuxnet and critical infrastructure, and on WannaCry and vulnerabilities. Digital
 * Rights Watch first found WannaCry unclear against article 4, then revised it (the history
 * shows both). Aurelia recorded WannaCry as it was known in 2017 and revised its facts when the
 * indictment of September 2018 came (revision 2, the last response).
 */
export async function seedIncidents(
  demo: DemoDelegations,
  ggeNorms: ReadonlyMap<string, string>,
): Promise<void> {
  const { clauses } = await demo.as<{
    clauses: { id: string; number: string; current: { heading: string | null } }[];
  }>('aurelia', CLAUSES, { a: demo.accordId });
  const clauseId = (heading: string) => {
    const clause = clauses.find((c) => c.current.heading === heading);
    if (!clause) throw new Error(`demo seed: the demo accord has no article “${heading}”`);
    return clause.id;
  };
  const assess = (
    incidentId: string,
    by: string,
    heading: string,
    verdict: Verdict,
    reasoning: string,
  ) =>
    demo.as(by, ASSESS, {
      i: {
        incidentId,
        onBehalfOf: demo.organizationId(by),
        clauseId: clauseId(heading),
        verdict,
        reasoning,
      },
    });
  for (const incident of DEMO_INCIDENTS) {
    const revisedLater = incident.facts.name === 'WannaCry';
    const { facts } = incident;
    const { id } = await demo.as<{ id: string }>(incident.by, RECORD, {
      i: {
        accordId: demo.accordId,
        onBehalfOf: demo.organizationId(incident.by),
        facts: revisedLater ? { ...facts, responses: facts.responses.slice(0, -1) } : facts,
      },
    });
    if (revisedLater)
      await demo.as(incident.by, REVISE, { i: { incidentId: id, revision: 1, facts } });
    if (incident.facts.name === 'WannaCry')
      await assess(
        id,
        'rights',
        'Critical infrastructure',
        'UNCLEAR',
        'Waiting for the attribution before taking a view.',
      );
    for (const a of incident.assessments) await assess(id, a.by, a.heading, a.verdict, a.reasoning);
    for (const a of NORM_ASSESSMENTS.filter((n) => n.incident === incident.facts.name)) {
      const normId = ggeNorms.get(a.norm);
      if (!normId) throw new Error(`demo seed: the UN GGE 2015 framework has no norm “${a.norm}”`);
      await demo.as(a.by, ASSESS, {
        i: {
          incidentId: id,
          onBehalfOf: demo.organizationId(a.by),
          normId,
          verdict: a.verdict,
          reasoning: a.reasoning,
        },
      });
    }
    if (incident.facts.name === 'WannaCry')
      await assess(
        id,
        'rights',
        'Critical infrastructure',
        'BREACHED',
        'Hospitals were hit across England; the attribution came in December 2017.',
      );
  }
}
