import { loadLibraryDir } from '../../../src/cli/library-files';
import { describeLibraryIssue } from '../../../src/core/library';
import { TOPIC_IDS } from '../../../src/core/topics';
import { LIBRARY_ROOT } from './support';

// The real clause-library/ directory, every file in it.
describe('clause-library/', () => {
  const result = loadLibraryDir(LIBRARY_ROOT);

  it('validates', () => {
    const problems = result.ok ? [] : result.issues.map((i) => describeLibraryIssue(i));
    expect(problems).toEqual([]);
  });

  it('holds every topic id, with at least 60 variants in all', () => {
    // A library that does not parse fails here too, instead of passing with nothing checked.
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const covered = new Set(result.library.clauses.map((c) => c.topic));
    expect(TOPIC_IDS.filter((t) => !covered.has(t))).toEqual([]);
    expect(result.library.clauses.reduce((n, c) => n + c.variants.length, 0)).toBeGreaterThanOrEqual(60);
  });

  it('says, for every variant that departs from the market position, how a counterparty is likely to react', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const silent = result.library.clauses.flatMap((c) =>
      c.variants.filter((v) => v.stance !== 'balanced' && !(v.note.en.reaction && v.note.zh.reaction)).map((v) => `${c.id}/${v.id}`),
    );
    expect(silent).toEqual([]);
  });

  it('has Chinese for the frame, the answers, every definition, clause title and variant', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { library } = result;
    expect(library.agreementZh).toBeDefined();
    expect(library.valuesZh).toBeDefined();
    expect(library.definitions.filter((d) => !d.textZh).map((d) => d.term)).toEqual([]);
    const missing = library.clauses.flatMap((c) => [...(c.titleZh ? [] : [c.id]), ...c.variants.filter((v) => !v.textZh).map((v) => `${c.id}/${v.id}`)]);
    expect(missing).toEqual([]);
  });
});
