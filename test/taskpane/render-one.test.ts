import { loadLibraryDir } from '../../src/cli/library-files';
import { renderOne } from '../../src/taskpane/shared/renderClause';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;

describe('one library clause on its own', () => {
  it('renders for the scenario asked, and gives null for a clause the library does not hold', () => {
    const clause = library.clauses.find((c) => c.topic === 'residuals')!;
    const one = renderOne(library, { scenario: 'sample-testing', clauseId: clause.id, variantId: clause.variants[0]!.id, companyName: '', side: 'A' });
    expect(one?.clause.clauseId).toBe(clause.id);
    expect(one?.terms.ourRole).toBe('provider');
    expect(renderOne(library, { scenario: 'sample-testing', clauseId: 'no-such-clause', variantId: 'x', companyName: '' })).toBeNull();
  });
});
