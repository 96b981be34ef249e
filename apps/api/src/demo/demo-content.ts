// The demo accord: clauses drawn from the 2015 UN GGE norms and the 2017 "Digital Geneva
// Convention" principles, written in our own words. The states and organizations are fictional.

export const DEMO_PASSWORD = 'negotiate-in-good-faith';

export interface DemoDelegate {
  key: string;
  displayName: string;
  email: string;
  organization: string;
  group: 'GOVERNMENT' | 'PRIVATE_SECTOR' | 'CIVIL_SOCIETY' | 'ACADEMIA';
  country?: string;
  /** Checked by the demo's operator: every party is verified; the observer is left unverified. */
  website?: string;
  role: 'PARTY' | 'OBSERVER';
}

/** Runs the platform: verifies organizations (named by the demo, as PLENARY_OPERATOR_EMAILS would). */
export const OPERATOR = {
  displayName: 'Jonas Berg (Platform operator)',
  email: 'operator@plenary.demo',
};

/** Someone posing as a state: his "Republic of Aurelia" waits, unverified, in the operator's queue. */
export const IMPOSTOR = {
  displayName: 'M. Mallory',
  email: 'mallory@plenary.demo',
  organization: 'Republic of Aurelia',
  group: 'GOVERNMENT' as const,
  country: 'Aurelia',
  website: 'aurelia-gov.example',
};

/** Invitations left waiting: one to a demo delegate (shown at sign-in), one to an address with no account. */
export const PENDING_INVITATIONS = [
  { from: 'rights', email: 'institute@plenary.demo', role: 'MEMBER' as const },
  { from: 'aurelia', email: 'deputy@aurelia.gov.example', role: 'REPRESENTATIVE' as const },
];

/** The facilitator closes proposals for the second reading this many days after the demo loads. */
export const PROPOSALS_CLOSE_AFTER_DAYS = 14;

export const FACILITATOR = {
  displayName: 'Amina Diallo (Secretariat)',
  email: 'secretariat@plenary.demo',
};

export const DELEGATES: DemoDelegate[] = [
  {
    key: 'aurelia',
    displayName: 'Elena Marsh',
    email: 'aurelia@plenary.demo',
    organization: 'Republic of Aurelia',
    website: 'aurelia.gov.example',
    group: 'GOVERNMENT',
    country: 'Aurelia',
    role: 'PARTY',
  },
  {
    key: 'borealis',
    displayName: 'Tomas Lindqvist',
    email: 'borealis@plenary.demo',
    organization: 'Federal Republic of Borealis',
    website: 'borealis.gov.example',
    group: 'GOVERNMENT',
    country: 'Borealis',
    role: 'PARTY',
  },
  {
    key: 'caldera',
    displayName: 'Rafael Okoro',
    email: 'caldera@plenary.demo',
    organization: 'Kingdom of Caldera',
    website: 'caldera.gov.example',
    group: 'GOVERNMENT',
    country: 'Caldera',
    role: 'PARTY',
  },
  {
    key: 'northwind',
    displayName: 'Priya Raman',
    email: 'northwind@plenary.demo',
    organization: 'Northwind Cloud',
    website: 'northwind.example',
    group: 'PRIVATE_SECTOR',
    role: 'PARTY',
  },
  {
    key: 'meridian',
    displayName: 'Lucas Ferreira',
    email: 'meridian@plenary.demo',
    organization: 'Meridian Telecom',
    website: 'meridian-telecom.example',
    group: 'PRIVATE_SECTOR',
    role: 'PARTY',
  },
  {
    key: 'rights',
    displayName: 'Sofia Haddad',
    email: 'rights@plenary.demo',
    organization: 'Digital Rights Watch',
    website: 'digitalrightswatch.example',
    group: 'CIVIL_SOCIETY',
    role: 'PARTY',
  },
  {
    key: 'openinternet',
    displayName: 'Kwame Mensah',
    email: 'openinternet@plenary.demo',
    organization: 'Open Internet Coalition',
    website: 'openinternet.example',
    group: 'CIVIL_SOCIETY',
    role: 'PARTY',
  },
  {
    key: 'institute',
    displayName: 'Dr. Hanna Weber',
    email: 'institute@plenary.demo',
    organization: 'Geneva Institute for Cyber Policy',
    group: 'ACADEMIA',
    role: 'OBSERVER',
  },
];

export const ACCORD = {
  title: 'Tech Accord on Responsible Behaviour in Cyberspace',
  preamble:
    'The parties — states, companies and civil society organizations — recalling that international law, and in particular the Charter of the United Nations, applies to the use of information and communications technologies; building on the voluntary norms of responsible state behaviour set out in the 2015 report of the UN Group of Governmental Experts and on the principles proposed in 2017 for a "Digital Geneva Convention"; and determined to protect civilians and the infrastructure they depend on in peacetime, agree as follows.',
};

export interface DemoClause {
  by: string;
  heading: string;
  text: string;
  force: 'BINDING' | 'VOLUNTARY';
  sources: string[];
}

export const CLAUSES: DemoClause[] = [
  {
    by: 'aurelia',
    heading: 'Cooperation for stability',
    text: 'States should work together on measures that make the use of ICTs more stable and secure, and refrain from ICT practices recognised as harmful to international peace and security.',
    force: 'VOLUNTARY',
    sources: ['UN GGE 2015 norm 13(a)'],
  },
  {
    by: 'borealis',
    heading: 'Due diligence',
    text: 'States should not knowingly allow their territory to be used for internationally wrongful acts carried out with ICTs.',
    force: 'VOLUNTARY',
    sources: ['UN GGE 2015 norm 13(c)'],
  },
  {
    by: 'rights',
    heading: 'Human rights online',
    text: 'In securing the use of ICTs, states should respect human rights, including the right to privacy and freedom of expression, online as offline.',
    force: 'VOLUNTARY',
    sources: ['UN GGE 2015 norm 13(e)', 'HRC res. 20/8'],
  },
  {
    by: 'northwind',
    heading: 'Critical infrastructure',
    text: 'States should not conduct or knowingly support ICT activity that intentionally damages critical infrastructure or otherwise impairs its use and operation to provide services to the public.',
    force: 'VOLUNTARY',
    sources: ['UN GGE 2015 norm 13(f)', 'Digital Geneva Convention principle 1'],
  },
  {
    by: 'openinternet',
    heading: 'Emergency response teams',
    text: 'States should not harm the authorised emergency response teams of another state, and should not use their own teams for malicious international activity.',
    force: 'VOLUNTARY',
    sources: ['UN GGE 2015 norm 13(k)'],
  },
  {
    by: 'meridian',
    heading: 'Vulnerabilities',
    text: 'States should encourage the responsible reporting of ICT vulnerabilities and share information on available remedies.',
    force: 'VOLUNTARY',
    sources: ['UN GGE 2015 norm 13(j)', 'Digital Geneva Convention principle 3'],
  },
  {
    by: 'caldera',
    heading: 'Supply chain integrity',
    text: 'States should take reasonable steps to ensure the integrity of the supply chain and to prevent the proliferation of malicious ICT tools and hidden harmful functions.',
    force: 'VOLUNTARY',
    sources: ['UN GGE 2015 norm 13(i)', 'Digital Geneva Convention principle 5'],
  },
];

/**
 * Adopted after the first seven, at place 6: it follows article 5 and takes "5 bis", so articles
 * 6 and 7 keep the numbers the parties have been citing.
 */
export const HEALTH_CARE: DemoClause & { position: number } = {
  by: 'rights',
  heading: 'Health care',
  text: 'States should not conduct or knowingly support ICT activity that damages hospitals and other health-care facilities, or disrupts the medical services they provide, in peacetime as in a health emergency.',
  force: 'VOLUNTARY',
  sources: ['Oxford Statement on cyber operations against the health-care sector (2020)'],
  position: 6,
};

/**
 * A second, small accord voted by secret ballot: one clause adopted (its counts published at
 * the close), one vote under way (turnout only). Its private-sector and civil-society chambers
 * have two parties each, so the tally says what their counts give away.
 */
export const SECRET_PROTOCOL = {
  title: 'Protocol on the Attribution of Cyber Operations',
  preamble:
    'Negotiated by secret ballot at the request of several delegations: how each party votes on attribution is not on the record; turnout is shown while a vote is open, the counts when it closes.',
  rule: { kind: 'SIMPLE_MAJORITY', quorum: 0.5, secretBallot: true },
  adopted: {
    by: 'borealis',
    heading: 'Consultations before attribution',
    text: 'Before publicly attributing an ICT incident to another state, a party should offer that state consultations.',
    force: 'VOLUNTARY' as const,
    ballots: [
      ['aurelia', 'FOR'],
      ['borealis', 'FOR'],
      ['caldera', 'FOR'],
      ['northwind', 'AGAINST'],
      ['meridian', 'FOR'],
      ['rights', 'ABSTAIN'],
      ['openinternet', 'FOR'],
    ] as [string, 'FOR' | 'AGAINST' | 'ABSTAIN'][],
  },
  underVote: {
    by: 'rights',
    heading: 'Evidence for public attribution',
    text: 'A party that publicly attributes an ICT incident to a state shall make available the technical evidence on which it relies.',
    force: 'BINDING' as const,
    ballots: [
      ['aurelia', 'FOR'],
      ['caldera', 'AGAINST'],
      ['northwind', 'FOR'],
      ['rights', 'FOR'],
    ] as [string, 'FOR' | 'AGAINST' | 'ABSTAIN'][],
  },
};
