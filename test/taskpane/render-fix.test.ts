import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../src/cli/library-files';
import { fromText, review } from '../../src/core/review';
import { renderFix, renderOne } from '../../src/taskpane/shared/renderClause';

const sample = readFileSync(path.resolve(__dirname, '../../src/workspace/sample/joint-development-draft.txt'), 'utf8');
const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const doc = fromText(sample);
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook]));

describe('the vetted clause for a finding in the sample counterparty draft', () => {
  const result = review(doc, { library, playbooks, role: 'technology-owner' });
  const fixable = result.findings.filter((f) => f.fix);

  it('is filled for the draft: its parties, no placeholder left', () => {
    expect(fixable.length).toBeGreaterThan(0);
    for (const f of fixable) {
      const clause = renderFix(library, result, doc, f.fix!, '');
      expect(clause).not.toBeNull();
      const text = clause!.paragraphs.map((p) => p.text).join('\n');
      expect(text).not.toMatch(/\{\{/);
      expect(text).not.toMatch(/Voltcell|Nordhavn/); // the preset's example parties never leak into a real draft
    }
  });

  it('names the parties of the draft where the clause names a party', () => {
    const named = fixable
      .map((f) => renderFix(library, result, doc, f.fix!, '')!)
      .filter((c) => c.values.A !== undefined || c.values.B !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const c of named) expect([c.values.A, c.values.B]).toEqual(expect.arrayContaining(['Qingtai']));
  });
});

describe('one library clause on its own', () => {
  it('renders for the scenario asked, and gives null for a clause the library does not hold', () => {
    const clause = library.clauses.find((c) => c.topic === 'residuals')!;
    const one = renderOne(library, { scenario: 'sample-testing', clauseId: clause.id, variantId: clause.variants[0]!.id, companyName: '', side: 'A' });
    expect(one?.clause.clauseId).toBe(clause.id);
    expect(one?.terms.ourRole).toBe('provider');
    expect(renderOne(library, { scenario: 'sample-testing', clauseId: 'no-such-clause', variantId: 'x', companyName: '' })).toBeNull();
  });
});
