// A confidentiality duty that ends two years after disclosure, in an English draft where we disclose:
// the fix offered is the library's confidentiality clause, which states how long the duty lasts, and
// once placed in the draft where the fix path puts it, the revised draft draws no finding from it.
import type { RenderedClause } from '../../../src/core/agreement/rendered';
import { fixAlone, fixPlacement } from '../../../src/core/fix';
import type { Finding } from '../../../src/core/findings';
import { fromText, review, segment } from '../../../src/core/review';
import type { RoleId, ScenarioId } from '../../../src/core/scenarios';
import { library, playbooks } from '../../support/review-as-side';

const draft = (a: string, b: string) =>
  [
    `This Agreement is made between Shenzhen Anbo Technology Co., Ltd. (the "${a}") and Norvale Systems Inc. (the "${b}").`,
    '1. Confidentiality',
    `1.1 "Confidential Information" means all technical and business information that the ${a} discloses to the ${b} in connection with this Agreement.`,
    `1.2 The ${b} shall hold the Confidential Information in confidence and shall not disclose it to any third party.`,
    '1.3 These obligations of confidentiality and non-use shall remain in effect for two (2) years after the date of disclosure.',
    '2. Governing Law',
    '2.1 This Agreement is governed by the laws of England and Wales.',
  ].join('\n');

/** The draft's lines with the fix where the fix path places it: in place of what it replaces, its paragraphs after the clause. */
function placed(text: string, finding: Finding, clause: RenderedClause): string {
  const doc = fromText(text);
  const where = fixPlacement(doc, segment(doc), finding, clause);
  if (where.kind === 'none') throw new Error('the fix has no place in the draft');
  // A fix in part goes in after the clause, which keeps its heading; a new or whole one brings its own.
  const heading = where.kind === 'part' ? [] : [`${clause.headingLabel ?? `${clause.number}.`} ${clause.title}`.trim()];
  const fixLines = [...heading, ...clause.paragraphs.map((p) => `${p.label} ${p.text}`.trim())];
  const lines = doc.paragraphs.map((p) => p.text);
  if (where.kind === 'new') return [...lines, ...fixLines].join('\n');
  const gone = new Set(where.kind === 'whole' ? lines.map((_, i) => i).filter((i) => i >= where.span.first && i <= where.span.last) : where.part.deleted.map((d) => d.paragraph));
  const after = where.kind === 'whole' ? where.span.first - 1 : where.span.last;
  const revised = lines.flatMap((line, i) => [...(gone.has(i) ? [] : [line]), ...(i === after ? fixLines : [])]);
  return revised.join('\n');
}

const cases: [ScenarioId, RoleId, string, string][] = [
  ['technology-license', 'licensor', 'Licensor', 'Licensee'],
  ['exclusive-partnership', 'supplier', 'Supplier', 'Distributor'],
  ['sample-testing', 'provider', 'Provider', 'Evaluator'],
  ['pre-deal-disclosure', 'discloser', 'Discloser', 'Recipient'],
];

describe.each(cases)('a two-year confidentiality duty in a %s draft, where we are the %s', (scenario, role, a, b) => {
  const text = draft(a, b);
  const doc = fromText(text);
  const result = review(doc, { library, playbooks, scenario, role });
  const short = result.findings.find((f) => f.rule === 'one-sided.short-confidentiality')!;

  it('is fixed by the confidentiality clause, which states how long the duty lasts', () => {
    expect(short.severity).toBe('medium');
    expect(short.fix?.clause).toBe('confidentiality');
    const clause = fixAlone(library, result, doc, short)!;
    expect(clause.paragraphs.map((p) => p.text).join('\n')).toMatch(/continue for .{1,30} years after this Agreement ends, and for any trade secret for as long as it remains a trade secret/);
  });

  it('draws no finding once placed in the draft', () => {
    const clause = fixAlone(library, result, doc, short)!;
    const again = review(fromText(placed(text, short, clause)), { library, playbooks, scenario, role });
    expect(again.findings.filter((f) => f.rule === 'one-sided.short-confidentiality')).toEqual([]);
    // Nothing the draft did not draw already: the fix brings no point of its own.
    const key = (f: Finding) => `${f.severity} ${f.rule} ${f.topic}: ${f.message}`;
    const before = new Set(result.findings.map(key));
    expect(again.findings.map(key).filter((k) => !before.has(k))).toEqual([]);
  });
});
