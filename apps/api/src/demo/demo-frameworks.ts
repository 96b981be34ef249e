// The demo's norm frameworks: the UN GGE 2015 norms (voluntary), the Digital Geneva Convention
// principles (binding, as proposed) and the Cybersecurity Tech Accord's commitments, imported by
// the operator through the public API, then the demo accord's free-text sources linked to them by
// the facilitator, so the comparison shows covered, stronger, weaker and silent norms at once.
// The norm texts are our paraphrases (see the sources for the agreed wording).
import { NormativeForce } from '@plenary/contracts';
import {
  type FrameworkDraft,
  frameworkToCsv,
  frameworkToJson,
} from '../frameworks/framework-file.js';

const GGE_URL = 'https://dig.watch/cyber-norms';
const { BINDING, VOLUNTARY } = NormativeForce;

const norm = (
  key: string,
  title: string,
  text: string,
  force: NormativeForce,
  extra: { sourceUrl?: string; correspondsTo?: string[] } = {},
) => ({
  key,
  title,
  text,
  force,
  sourceUrl: extra.sourceUrl ?? null,
  correspondsTo: extra.correspondsTo ?? [],
});

export const UN_GGE_2015: FrameworkDraft = {
  shortName: 'UN GGE 2015',
  title:
    'Report of the UN Group of Governmental Experts on ICTs in the context of international security (A/70/174), paragraph 13',
  publisher: 'UN Group of Governmental Experts',
  year: 2015,
  publishedOn: '2015-07-22',
  sourceUrl: 'https://www.internationalcybertech.gov.au/our-work/annexes/annex-c',
  description:
    'Eleven voluntary, non-binding norms of responsible state behaviour, welcomed by the General Assembly in resolution 70/237 and reaffirmed by all UN member states in 2021.',
  norms: [
    norm(
      '13(a)',
      'Interstate cooperation on security',
      'States work together, in line with the purposes of the United Nations, on measures that make the use of ICTs more stable and secure, and to head off ICT practices recognised as harmful to international peace.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(b)',
      'Consider all relevant information',
      'When an ICT incident happens, states weigh its full context before reacting: how hard attribution is, and how serious the consequences are.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(c)',
      'Prevent misuse of ICTs in your territory',
      'States do not knowingly let their territory be used for internationally wrongful acts carried out with ICTs.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(d)',
      'Cooperate to stop crime and terrorism',
      'States share information, help each other and prosecute the terrorist and criminal use of ICTs, and consider whether new measures are needed.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(e)',
      'Respect human rights and privacy',
      'When securing ICTs, states respect human rights online, including privacy and freedom of expression.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(f)',
      'Do not damage critical infrastructure',
      'A state does not conduct or knowingly support ICT activity, contrary to its obligations under international law, that intentionally damages or impairs critical infrastructure serving the public.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(g)',
      'Protect critical infrastructure',
      'States take appropriate steps to protect their own critical infrastructure from ICT threats.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(h)',
      'Respond to requests for assistance',
      'States answer appropriate requests for help from a state whose critical infrastructure is under ICT attack, including activity coming from their own territory, with due regard for sovereignty.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(i)',
      'Supply chain integrity and non-proliferation',
      'States take reasonable steps to keep the supply chain trustworthy, and try to prevent the spread of malicious ICT tools and harmful hidden functions.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(j)',
      'Responsible reporting of vulnerabilities',
      'States encourage the responsible disclosure of ICT vulnerabilities and share what they know about remedies.',
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
    norm(
      '13(k)',
      'Do no harm to emergency response teams',
      "States do not attack another state's authorised emergency response teams, and do not use their own teams for malicious international activity.",
      VOLUNTARY,
      { sourceUrl: GGE_URL },
    ),
  ],
};

export const DIGITAL_GENEVA_CONVENTION: FrameworkDraft = {
  shortName: 'DGC 2017',
  title: 'Digital Geneva Convention: principles proposed by Microsoft',
  publisher: 'Microsoft (Brad Smith, RSA Conference keynote)',
  year: 2017,
  publishedOn: '2017-02-14',
  sourceUrl: 'https://mjilonline.org/microsoft-wants-a-digital-geneva-convention',
  description:
    'Six principles that governments would commit to in a binding convention protecting civilians online in peacetime, as first presented.',
  norms: [
    norm(
      '1',
      'No targeting of tech companies or critical infrastructure',
      'States keep tech companies, the private sector and critical infrastructure off their target lists.',
      BINDING,
      { correspondsTo: ['UN GGE 2015:13(f)'] },
    ),
    norm(
      '2',
      'Assist private-sector efforts',
      'States help the private sector detect, contain, respond to and recover from incidents.',
      BINDING,
    ),
    norm(
      '3',
      'Report vulnerabilities to vendors',
      'States report vulnerabilities to vendors so they can be fixed, rather than stockpile, sell or exploit them.',
      BINDING,
      { correspondsTo: ['UN GGE 2015:13(j)'] },
    ),
    norm(
      '4',
      'Restraint in developing cyber weapons',
      'States exercise restraint in developing cyber weapons, and make sure any they build are limited, precise and not reusable.',
      BINDING,
    ),
    norm(
      '5',
      'Non-proliferation of cyber weapons',
      'States neither spread cyber weapons nor let others spread them.',
      BINDING,
      { correspondsTo: ['UN GGE 2015:13(i)'] },
    ),
    norm(
      '6',
      'Limit offensive operations to avoid a mass event',
      'States scope any offensive operation so that it cannot cascade into widespread damage.',
      BINDING,
    ),
  ],
};

export const TECH_ACCORD_2018: FrameworkDraft = {
  shortName: 'Tech Accord 2018',
  title: 'Cybersecurity Tech Accord: the four commitments',
  publisher: 'Cybersecurity Tech Accord signatories',
  year: 2018,
  publishedOn: '2018-04-17',
  sourceUrl: 'https://dig.watch/resource/cybersecurity-tech-accord',
  description:
    'Commitments that technology companies sign and implement; 34 founding signatories at launch.',
  norms: [
    norm(
      '1',
      'Stronger defense',
      'Signatories protect all their users and customers everywhere, whatever the motive of an attack, and build products that put security, privacy, integrity and reliability first.',
      VOLUNTARY,
    ),
    norm(
      '2',
      'No offense',
      'Signatories do not help governments launch cyberattacks against innocent citizens and enterprises, and protect their products against tampering and exploitation throughout their lifecycle.',
      VOLUNTARY,
    ),
    norm(
      '3',
      'Capacity building',
      'Signatories give users, customers and developers the information and tools to protect themselves, and support governments and civil society in building capacity.',
      VOLUNTARY,
    ),
    norm(
      '4',
      'Collective action',
      'Signatories work with each other and with like-minded groups on technical collaboration, coordinated vulnerability disclosure and threat sharing.',
      VOLUNTARY,
      { correspondsTo: ['UN GGE 2015:13(j)'] },
    ),
  ],
};

const IMPORT = `mutation($c: String!, $f: FrameworkFileFormat!) {
  importFramework(content: $c, format: $f) { id norms { id key } } }`;
const SOURCES = `query($a: ID!) { accord(id: $a) { clauses { id current { sources } } } }`;
const LINK = `mutation($c: ID!, $s: String!, $n: ID) { linkSourceToNorm(clauseId: $c, source: $s, normId: $n) { version } }`;

/** How the demo's free-text sources name norms ("UN GGE 2015 norm 13(c)"), per framework. */
const SOURCE_PATTERNS: [RegExp, string][] = [
  [/^UN GGE 2015 norm (13\([a-k]\))$/, 'UN GGE 2015'],
  [/^Digital Geneva Convention principle (\d)$/, 'DGC 2017'],
];

export interface DemoFrameworkSeed {
  accordId: string;
  operatorToken: string;
  facilitatorToken: string;
  gql<T = unknown>(query: string, variables: Record<string, unknown>, token: string): Promise<T>;
}

/** Imports the three frameworks (GGE as JSON, the others as CSV), then links the demo's sources. */
/** Returns the imported norms' ids by framework and key: `norms('UN GGE 2015')` → `13(f)` → id. */
export async function seedFrameworks(
  demo: DemoFrameworkSeed,
): Promise<(shortName: string) => Map<string, string>> {
  const normIds = new Map<string, string>();
  for (const [framework, format] of [
    [UN_GGE_2015, 'JSON'],
    [DIGITAL_GENEVA_CONVENTION, 'CSV'],
    [TECH_ACCORD_2018, 'CSV'],
  ] as const) {
    const content = format === 'JSON' ? frameworkToJson(framework) : frameworkToCsv(framework);
    const imported = await demo.gql<{ norms: { id: string; key: string }[] }>(
      IMPORT,
      { c: content, f: format },
      demo.operatorToken,
    );
    for (const n of imported.norms) normIds.set(`${framework.shortName}:${n.key}`, n.id);
  }
  const { clauses } = await demo.gql<{ clauses: { id: string; current: { sources: string[] } }[] }>(
    SOURCES,
    { a: demo.accordId },
    demo.facilitatorToken,
  );
  for (const clause of clauses) {
    for (const source of clause.current.sources) {
      for (const [pattern, shortName] of SOURCE_PATTERNS) {
        const key = pattern.exec(source)?.[1];
        const normId = key && normIds.get(`${shortName}:${key}`);
        if (normId)
          await demo.gql(LINK, { c: clause.id, s: source, n: normId }, demo.facilitatorToken);
      }
    }
  }
  return (shortName) =>
    new Map(
      [...normIds]
        .filter(([name]) => name.startsWith(`${shortName}:`))
        .map(([name, id]) => [name.slice(shortName.length + 1), id]),
    );
}
