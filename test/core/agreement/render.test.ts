import { BuildError, plan, render, renderRecorded, resolveAnswers, toMarkdown, toText, type Answers } from '../../../src/core/agreement';
import type { Library } from '../../../src/core/library';
import { fixtureLibrary } from './support';

function build(library: Library, input: Record<string, unknown>) {
  // The most protective variants, so the fixture's protective confidentiality clause is the one rendered.
  const result = resolveAnswers(library, { posture: 'maximal', ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const answers: Answers = result.answers;
  return render(library, plan(library, answers), answers);
}

describe('render', () => {
  const library = fixtureLibrary();

  it('names the parties, numbers the sections and puts the definitions first', () => {
    const terms = build(library, { scenario: 'sample-testing' });
    expect(terms.title).toBe('Sample Evaluation Agreement');
    expect(terms.parties.A).toEqual({
      name: 'Voltcell Energy Technology Co., Ltd.',
      shortName: 'Voltcell',
      jurisdiction: "the People's Republic of China",
      role: 'provider',
    });
    expect(terms.preamble).toEqual([
      'This Sample Evaluation Agreement (this "Agreement") is made on the date of the last signature below between Voltcell Energy Technology Co., Ltd., a company incorporated in the People\'s Republic of China under registration number [registration number], whose registered office is at [registered address] ("Voltcell"), and Nordhavn Storage Systems GmbH, a company incorporated in Germany under registration number [registration number], whose registered office is at [registered address] ("Nordhavn"), each a "Party" and together the "Parties".',
    ]);
    expect(terms.clauses.map((c) => `${c.number} ${c.title}`)).toEqual([
      '1 Definitions',
      '2 Confidentiality',
      '3 Term and Survival',
      '4 Governing Law',
      '5 Dispute Resolution',
    ]);
    expect(terms.clauses[1]?.tag).toBe('cw|confidentiality|one-way-protective|1.1.0');
    expect(terms.clauses[1]?.paragraphs[2]).toEqual({ level: 1, label: '2.3', text: 'This Section does not apply to information that:' });
    expect(terms.clauses[1]?.paragraphs[3]).toEqual({ level: 2, label: '(a)', text: 'is or becomes public other than through a breach of this Agreement;' });
  });

  it('resolves cross-references to the section numbers of this agreement, and records them', () => {
    const survival = build(library, { scenario: 'sample-testing' }).clauses.find((c) => c.clauseId === 'survival');
    expect(survival?.paragraphs[1]?.text).toBe(
      'When this Agreement ends, the rights and duties of the Parties end, except that the following continue: Section 2 (Confidentiality), for the period it states; Section 4 (Governing Law); Section 5 (Dispute Resolution); and any other provision that this Agreement states continues after it ends, for the period that provision states.',
    );
    expect(survival?.values).toEqual({ 'ref:confidentiality': 'Section 2', 'ref:governing-law': 'Section 4', 'ref:dispute-resolution': 'Section 5' });
  });

  it('defines exactly the terms the clauses use, including terms used inside definitions', () => {
    const terms = build(library, { scenario: 'sample-testing' });
    expect(terms.definitions.map((d) => d.term)).toEqual([
      'Affiliate', // only through "Representatives" and "Disclosing Party"
      'Business Day',
      'Confidential Information',
      'Disclosing Party',
      'Effective Date',
      'Intellectual Property Rights',
      'Receiving Party',
      'Representatives',
      'Term',
    ]);
    expect(terms.clauses[0]?.paragraphs[8]?.text).toBe(
      '"Term" means the period that begins on the Effective Date and ends 12 months later, unless this Agreement ends earlier under its terms.',
    );
  });

  it('answers the China question in the definition of Territory', () => {
    const territory = (china: string) =>
      build(library, { scenario: 'exclusive-partnership', territory: { countries: ['Singapore'], regions: ['asean'], china } }).definitions;
    expect(territory('with-hk-macau').find((d) => d.term === 'Territory')?.text).toBe(
      'means Mainland China, the Hong Kong Special Administrative Region and the Macau Special Administrative Region; the member states of the Association of Southeast Asian Nations; and Singapore.',
    );
    expect(territory('with-hk-macau').find((d) => d.term === 'Mainland China')?.text).toBe(
      "means the People's Republic of China, excluding the Hong Kong Special Administrative Region, the Macau Special Administrative Region and Taiwan.",
    );
    expect(territory('not-included').map((d) => d.term)).not.toContain('Mainland China');
  });

  it('refuses to leave a placeholder unfilled', () => {
    const lib = fixtureLibrary((files) => {
      files.get('clauses/territory.yaml').variants[0].text += '\nThe exclusivity lasts {{exclusivityMonths}} months.\n';
      files.get('clauses/territory.yaml').variants[0].textZh += '\n独家期为{{exclusivityMonths}}个月。\n';
    });
    expect(() => build(lib, { scenario: 'exclusive-partnership', exclusivity: { exclusive: false } })).toThrow(
      new BuildError('Clause "territory", variant "defined-territory", uses {{exclusivityMonths}}, but the answers give no value for it.'),
    );
  });

  it('leaves a visible blank for a missing answer only when asked to, for a clause proposed as a fix', () => {
    const lib = fixtureLibrary((files) => {
      files.get('clauses/territory.yaml').variants[0].text += '\nThe exclusivity lasts {{exclusivityMonths}} months.\n';
      files.get('clauses/territory.yaml').variants[0].textZh += '\n独家期为{{exclusivityMonths}}个月。\n';
    });
    const result = resolveAnswers(lib, { scenario: 'exclusive-partnership', exclusivity: { exclusive: false } });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const terms = render(lib, plan(lib, result.answers), result.answers, { blanks: true });
    expect(toText(terms)).toContain('The exclusivity lasts [number of months] months.');
    expect(toText(terms)).not.toMatch(/\{\{/);
  });

  it('renders a clause again from its recorded values, as the drift check does', () => {
    for (const clause of build(library, { scenario: 'joint-development', foregroundModel: 'joint' }).clauses.slice(1))
      expect(renderRecorded(library, clause.clauseId, clause.variantId, clause.number, clause.values)).toEqual(clause.paragraphs);
    expect(() => renderRecorded(library, 'survival', 'named-sections', '9', {})).toThrow(
      'Clause "survival", variant "named-sections", uses {{ref:confidentiality}}, but that clause is not in these terms.',
    );
  });

  it('is deterministic and prints as text and markdown', () => {
    const a = build(library, { scenario: 'technology-license' });
    const b = build(library, { scenario: 'technology-license' });
    expect(toText(a)).toBe(toText(b));
    expect(toText(a)).toMatch(/^TECHNOLOGY LICENCE AGREEMENT\n\nThis Technology Licence Agreement/);
    expect(toText(a)).toContain('\n2. Confidentiality\n\n2.1 The Receiving Party shall keep');
    const md = toMarkdown(a);
    expect(md).toMatch(/^# Technology Licence Agreement\n/);
    expect(md).toContain('\n## 2. Confidentiality\n\n**2.1** The Receiving Party shall keep');
    expect(md).toContain('\n- (a) is or becomes public other than through a breach of this Agreement;\n- (b) ');
  });
});
