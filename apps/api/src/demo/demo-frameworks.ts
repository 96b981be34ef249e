// The UN GGE 2015 norms as a framework file (the same as the test fixture,
// apps/api/test/fixtures/frameworks/un-gge-2015.json), imported by the demo's operator so that
// incidents can be assessed against them.

/** A plenary-framework/1 JSON file: README, "Norm frameworks". */
export const UN_GGE_2015_FRAMEWORK = {
  format: 'plenary-framework/1',
  shortName: 'UN GGE 2015',
  title:
    'Report of the UN Group of Governmental Experts on ICTs in the context of international security (A/70/174), paragraph 13',
  publisher: 'UN Group of Governmental Experts',
  year: 2015,
  publishedOn: '2015-07-22',
  sourceUrl: 'https://www.internationalcybertech.gov.au/our-work/annexes/annex-c',
  description:
    'Eleven voluntary, non-binding norms of responsible state behaviour, welcomed by the General Assembly in resolution 70/237. Paraphrased here; see the source for the agreed wording.',
  norms: [
    {
      key: '13(a)',
      title: 'Interstate cooperation on security',
      text: 'Consistent with the purposes of the United Nations, states cooperate on measures that make the use of ICTs more stable and secure, and prevent ICT practices that are agreed to be harmful to international peace.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(b)',
      title: 'Consider all relevant information',
      text: 'In case of an ICT incident, states consider all relevant information, including the wider context, the difficulty of attribution and the nature and extent of the consequences.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(c)',
      title: 'Prevent misuse of ICTs in your territory',
      text: 'States do not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(d)',
      title: 'Cooperate to stop crime and terrorism',
      text: 'States exchange information, assist each other and prosecute terrorist and criminal use of ICTs, and consider whether new measures are needed.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(e)',
      title: 'Respect human rights and privacy',
      text: 'In securing the use of ICTs, states respect human rights online, including the right to privacy and freedom of expression.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(f)',
      title: 'Do not damage critical infrastructure',
      text: 'A state does not conduct or knowingly support ICT activity, contrary to its obligations under international law, that intentionally damages critical infrastructure or otherwise impairs its use and operation in providing services to the public.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(g)',
      title: 'Protect critical infrastructure',
      text: 'States take appropriate measures to protect their critical infrastructure from ICT threats.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(h)',
      title: 'Respond to requests for assistance',
      text: 'States respond to appropriate requests for assistance from a state whose critical infrastructure is subject to malicious ICT acts, including activity emanating from their own territory, with due regard for sovereignty.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(i)',
      title: 'Supply chain integrity and non-proliferation',
      text: 'States take reasonable steps to ensure the integrity of the supply chain, and seek to prevent the proliferation of malicious ICT tools and techniques and the use of harmful hidden functions.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(j)',
      title: 'Responsible reporting of vulnerabilities',
      text: 'States encourage responsible reporting of ICT vulnerabilities and share information on available remedies, to limit threats to ICTs and ICT-dependent infrastructure.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
    {
      key: '13(k)',
      title: 'Do no harm to emergency response teams',
      text: 'States do not harm the authorized emergency response teams of another state, and do not use their own teams for malicious international activity.',
      force: 'VOLUNTARY',
      sourceUrl: 'https://dig.watch/cyber-norms',
    },
  ],
} as const;

const IMPORT = `mutation($c: String!) { importFramework(content: $c, format: JSON) { norms { id key } } }`;

/** Imports the UN GGE 2015 norms; returns their ids by key ("13(f)"). */
export async function seedFrameworks(
  gql: <T>(query: string, variables: Record<string, unknown>) => Promise<T>,
): Promise<Map<string, string>> {
  const { norms } = await gql<{ norms: { id: string; key: string }[] }>(IMPORT, {
    c: JSON.stringify(UN_GGE_2015_FRAMEWORK),
  });
  return new Map(norms.map((n) => [n.key, n.id]));
}
