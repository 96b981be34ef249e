import { describe, expect, it } from '@jest/globals';
import { AmendmentStatus, CosponsorStatus, NormativeForce } from '@plenary/contracts';
import { create } from 'xmlbuilder2';
import { exportData, exportedClause, UNSIGNED } from '../../../test/support/export-data.js';
import type { AccordExportData } from './export-data.js';
import { toAkomaNtosoExport } from './akoma-ntoso-export.js';

const clause = (
  number: string,
  text: string,
  sources: string[],
  citations: { normId: string; source: string | null }[] = [],
) => exportedClause(number, text, { sources, citations });

const data = exportData({
  clauses: [
    clause('1', 'States should not attack hospitals.\n\nNor their supply chains.', [
      'UN GGE 2015 norm 13(f)',
      'Oxford Statement <2020> & health care',
    ]),
    clause('2', 'States should report vulnerabilities.', []),
    clause('3', 'States should protect CERTs.', ['UN GGE 2015 norm 13(k)']),
  ],
});

describe('the Akoma Ntoso export', () => {
  it('refers to the norms a clause cites, linked sources and direct citations, with their frameworks in <references>', () => {
    const cited = exportData({
      clauses: [
        clause(
          '1',
          'States should not attack hospitals.',
          ['UN GGE 2015 norm 13(f)'],
          [{ normId: 'n-f', source: 'UN GGE 2015 norm 13(f)' }],
        ),
        clause('2', 'States should report vulnerabilities.', [], [{ normId: 'n-3', source: null }]),
      ],
      frameworks: [
        {
          id: 'fw-gge',
          shortName: 'UN GGE 2015',
          title: 'GGE report',
          publisher: null,
          year: 2015,
          sourceUrl: 'https://example.org/gge',
          norms: [
            {
              id: 'n-f',
              key: '13(f)',
              title: null,
              text: '…',
              force: NormativeForce.VOLUNTARY,
              sourceUrl: null,
            },
          ],
        },
        {
          id: 'fw-dgc',
          shortName: 'DGC 2017',
          title: 'Digital Geneva Convention',
          publisher: null,
          year: 2017,
          sourceUrl: null,
          norms: [
            {
              id: 'n-3',
              key: '3',
              title: null,
              text: '…',
              force: NormativeForce.BINDING,
              sourceUrl: 'https://example.org/dgc#3',
            },
          ],
        },
      ],
    });
    const xml = toAkomaNtosoExport(cited, new Date(0), UNSIGNED);
    expect(xml).toContain(
      '<ref href="/plenary/framework/fw-gge/norm/13(f)" refersTo="#fw_1">UN GGE 2015 norm 13(f)</ref>',
    );
    expect(xml).toMatch(
      /class="norm">\s*<p>\s*<ref href="https:\/\/example.org\/dgc#3" refersTo="#fw_2">DGC 2017 3<\/ref>/,
    );
    expect(xml).toContain(
      '<TLCReference eId="fw_1" href="https://example.org/gge" showAs="UN GGE 2015: GGE report"/>',
    );
    expect(xml).toContain(
      '<TLCReference eId="fw_2" href="/plenary/framework/fw-dgc" showAs="DGC 2017: Digital Geneva Convention"/>',
    );
  });

  it("keeps each article's sources as footnotes after its last paragraph, numbered through the document", () => {
    const xml = toAkomaNtosoExport(data, new Date(0), UNSIGNED);
    const doc = create(xml).end({ format: 'object' }) as Record<string, unknown>;
    expect(doc).toBeTruthy(); // well-formed, escapes included
    const notes = [...xml.matchAll(/<authorialNote eId="([^"]+)" marker="(\d+)"/g)].map(
      ([, eId, marker]) => `${eId}#${marker}`,
    );
    expect(notes).toEqual([
      'art_1__authorialNote_1#1',
      'art_1__authorialNote_2#2',
      'art_3__authorialNote_1#3',
    ]);
    expect(xml).toContain('<p>Oxford Statement &lt;2020&gt; &amp; health care</p>');
    // After the last paragraph's text, not the first's.
    expect(xml.indexOf('Nor their supply chains.')).toBeLessThan(xml.indexOf('authorialNote'));
  });

  it('records who stood behind an adopted amendment: sponsor, accepted co-sponsors and +1s, by reference', () => {
    const organization = (id: string, name: string) => ({
      id,
      name,
      group: 'GOVERNMENT',
      country: null,
      website: null,
      verified: true,
      role: 'PARTY',
    });
    const at = '2026-12-02T10:00:00.000Z';
    const xml = toAkomaNtosoExport(
      {
        ...data,
        organizations: [
          organization('o1', 'Ruritania'),
          organization('o2', 'Freedonia & Co'),
          organization('o3', 'Sylvania'),
          organization('o4', 'Grand Fenwick'),
        ],
        amendments: [
          {
            id: 'm1',
            kind: 'ADD_CLAUSE',
            status: AmendmentStatus.ADOPTED,
            onBehalfOf: 'o1',
            createdAt: at,
            closedAt: at,
            finalTally: null,
            ballots: [],
            coSponsors: [
              {
                organizationId: 'o2',
                status: CosponsorStatus.ACCEPTED,
                invitedAt: at,
                answeredAt: at,
              },
              {
                organizationId: 'o3',
                status: CosponsorStatus.DECLINED,
                invitedAt: at,
                answeredAt: at,
              },
            ],
            supporters: [{ organizationId: 'o4', supportedAt: at }],
          },
        ],
      } as unknown as AccordExportData,
      new Date(0),
      UNSIGNED,
    );
    expect(create(xml).end({ format: 'object' })).toBeTruthy();
    expect(xml).toContain(
      'showAs="Amendment by Ruritania, co-sponsored by Freedonia &amp; Co (add clause), adopted"',
    );
    expect(xml).toContain('<TLCRole eId="cosponsor" href="/ontology/role/plenary/cosponsor"');
    const backers = [
      ...xml.matchAll(/<(?:\w+:)?organization refersTo="([^"]+)" as="([^"]+)"/g),
    ].map(([, who, as]) => `${who} ${as}`);
    expect(backers).toEqual(['#org_1 #sponsor', '#org_2 #cosponsor', '#org_4 #supporter']);
    expect(xml).toContain('xmlns="urn:plenary:sponsorship:1"');
  });

  it('records the final declaration as a lifecycle event, signatures and reports as proprietary metadata, signatories in the conclusions', () => {
    const at = '2026-12-02T10:00:00.000Z';
    const xml = toAkomaNtosoExport(
      {
        ...data,
        organizations: [
          { id: 'o1', name: 'Ruritania', group: 'GOVERNMENT', role: 'PARTY' },
          { id: 'o2', name: 'Freedonia & Co', group: 'PRIVATE_SECTOR', role: 'PARTY' },
        ],
        final: { seq: 40, hash: 'a'.repeat(64), textSeq: 39, declaredAt: at },
        signatures: [
          {
            id: 's1',
            organizationId: 'o1',
            signedAt: at,
            signedSeq: 41,
            statement: 'In good faith.',
            reservations: [{ clauseId: 'c2', number: '2', text: 'Subject to <our> law.' }],
            withdrawnAt: null,
            withdrawnSeq: null,
            withdrawalReason: null,
          },
          {
            id: 's2',
            organizationId: 'o2',
            signedAt: at,
            signedSeq: 42,
            statement: null,
            reservations: [],
            withdrawnAt: at,
            withdrawnSeq: 43,
            withdrawalReason: 'Changed our mind',
          },
        ],
        implementationReports: [
          {
            id: 'r1',
            organizationId: 'o1',
            clauseId: 'c3',
            status: 'DONE',
            text: 'Our CERT is protected by law.',
            reportedAt: at,
            seq: 44,
          },
        ],
      } as unknown as AccordExportData,
      new Date(0),
      UNSIGNED,
    );
    expect(create(xml).end({ format: 'object' })).toBeTruthy();
    expect(xml).toContain(
      '<eventRef eId="evt_final" date="2026-12-02" source="#ref_final" type="generation"/>',
    );
    expect(xml).toMatch(/<passiveRef eId="ref_final" href="\/plenary\/accord\/a1\/final\/40"/);
    expect(xml).toContain('xmlns="urn:plenary:signatories:1"');
    expect(xml).toMatch(
      /<signature refersTo="#org_1" as="#signatory" date="2026-12-02" seq="41">\s*<statement>In good faith.<\/statement>\s*<reservation article="#art_2" number="2">Subject to &lt;our&gt; law.<\/reservation>/,
    );
    expect(xml).toMatch(
      /<signature refersTo="#org_2"[^>]* withdrawn="2026-12-02" withdrawnSeq="43"/,
    );
    expect(xml).toMatch(
      /<report refersTo="#org_1" article="#art_3" status="DONE" date="2026-12-02" seq="44">Our CERT is protected by law.<\/report>/,
    );
    // Readable after the body: the standing signatory only.
    const conclusions = xml.slice(xml.indexOf('<conclusions>'));
    expect(conclusions).toContain(
      'Ruritania, 2026-12-02 — In good faith. (reservation on article 2: Subject to &lt;our&gt; law.)',
    );
    expect(conclusions).not.toContain('Freedonia');
    expect(xml.indexOf('<conclusions>')).toBeGreaterThan(xml.indexOf('</body>'));
  });
});
