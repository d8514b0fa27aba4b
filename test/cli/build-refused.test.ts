import { run } from './run';
import { realLibrary } from '../core/agreement/real-library';

// The built-in library with its survival clause taken out: every deal's playbook requires survival,
// so no deal can be built complete from it.
jest.mock('../../src/cli/built-in-library', () => ({
  builtInLibrary: () => {
    const library = realLibrary();
    return { ok: true, library: { ...library, clauses: library.clauses.filter((c) => c.topic !== 'survival') } };
  },
}));

describe('clausewright build with a required topic left without a clause', () => {
  it('refuses to build, says which topic is missing, and writes nothing', async () => {
    const { code, out, err } = await run('build', '--scenario', 'sample-testing');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'These terms cannot be built: this deal needs a clause on What survives the end, and the library has none that fits these answers. Change the answers (the side, the deal or the goods), or add a fitting clause to the library, then build again.\n',
    );
  });

  it('refuses in Chinese when the command line speaks Chinese', async () => {
    const before = process.env.LC_ALL;
    process.env.LC_ALL = 'zh_CN.UTF-8';
    try {
      const { code, err } = await run('build', '--scenario', 'exclusive-partnership', '--out', 'never-written.docx');
      expect(code).toBe(2);
      expect(err).toMatch(/^无法生成本协议：此交易需要关于.+的条款/);
    } finally {
      if (before === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = before;
    }
  });
});
