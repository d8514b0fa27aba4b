import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fixesFor } from '../../../src/core/fix';
import { fromText, review, segment } from '../../../src/core/review';
import { clauseLines } from '../../../src/core/agreement/clause-text';
import { library, playbooks } from '../../support/review-as-side';

const doc = fromText(readFileSync(path.resolve(__dirname, '../../fixtures/review/drafts/exclusive-distribution-distributor.txt'), 'utf8'));
const result = review(doc, { library, playbooks, scenario: 'exclusive-partnership', role: 'supplier' });
const withFix = result.findings.filter((f) => f.fix);
const lastTop = Math.max(...segment(doc).sections.map((s) => Number(/^\d+/.exec(s.label)?.[0] ?? 0)).filter((n) => n < 1000));

describe('a fix is numbered for the section it lands in, the same for every caller', () => {
  it('whatever order the fixes are asked in', () => {
    const forwards = fixesFor(library, result, doc);
    const backwards = fixesFor(library, result, doc);
    const a = withFix.map((f) => forwards(f.fix!));
    const b = [...withFix].reverse().map((f) => backwards(f.fix!)).reverse();
    expect(b).toEqual(a);
  });

  it('a replacing fix takes the number of the clause holding the quote; new clauses follow the last section without a gap', () => {
    const fixes = fixesFor(library, result, doc);
    const { sections } = segment(doc);
    const replaced = withFix.filter((f) => f.kind !== 'missing' && f.evidence[0]);
    const added = [...new Set(withFix.filter((f) => f.kind === 'missing').map((f) => fixes(f.fix!)!.number))];
    expect(replaced.length).toBeGreaterThan(0);
    expect(added.length).toBeGreaterThan(1);
    for (const f of replaced) {
      const label = [...sections].reverse().find((s) => s.paragraph <= f.evidence[0]!.paragraph && !s.label.includes('('))?.label;
      if (label && withFix.find((g) => g.fix!.clause === f.fix!.clause && g.fix!.variant === f.fix!.variant) === f) expect(fixes(f.fix!)!.number).toBe(label);
    }
    expect(added.map(Number)).toEqual(added.map((_, i) => lastTop + 1 + i));
  });

  it('speaks of its own number only: labels and "In this Section N" agree', () => {
    const fixes = fixesFor(library, result, doc);
    for (const f of withFix) {
      const clause = fixes(f.fix!)!;
      for (const p of clause.paragraphs) if (p.level === 1) expect(p.label.startsWith(`${clause.number}.`)).toBe(true);
      for (const m of clause.paragraphs.map((p) => p.text).join('\n').matchAll(/In this Section ([\d.]+),/g)) expect(m[1]).toBe(clause.number);
    }
  });

  it('numbers new sections among the fixes chosen, when only some go in', () => {
    const missing = withFix.filter((f) => f.kind === 'missing');
    const chosen = [missing[missing.length - 1]!];
    expect(fixesFor(library, result, doc, { fixing: chosen })(chosen[0]!.fix!)!.number).toBe(String(lastTop + 1));
  });
});

describe('in Word, where each fix goes into the draft as it is applied', () => {
  it('a new clause applied counts as the draft’s last section: the next one follows it, as the revised draft numbers them', () => {
    const missing = [...new Map(withFix.filter((f) => f.kind === 'missing').map((f) => [f.fix!.clause, f])).values()];
    const [first, second] = [missing[0]!, missing[1]!];
    const applied = fixesFor(library, result, doc, { fixing: [first] })(first.fix!)!;
    expect(applied.number).toBe(String(lastTop + 1));
    // Word's text of the clause it inserted: the heading with its number, then its paragraphs.
    const after = fromText(`${readFileSync(path.resolve(__dirname, '../../fixtures/review/drafts/exclusive-distribution-distributor.txt'), 'utf8')}\n\n${clauseLines(applied).map((l) => l.text).join('\n\n')}\n`);
    expect(fixesFor(library, result, after, { fixing: [second] })(second.fix!)!.number).toBe(String(lastTop + 2));
  });
});
