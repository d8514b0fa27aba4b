import { run } from './run';

const COMMANDS = ['review', 'build', 'scenarios', 'library', 'rules', 'schema'];

describe('clausewright --help', () => {
  it.each(COMMANDS)('%s --help prints its usage, options and examples and exits 0', async (name) => {
    const { code, out, err } = await run(name, '--help');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(new RegExp(`^Usage: clausewright ${name}\\b`));
    expect(out).toMatch(/Examples?:\n {2}clausewright /);
    // -h and `help NAME` say the same.
    expect((await run(name, '-h')).out).toBe(out);
    expect((await run('help', name)).out).toBe(out);
  });

  it('lists every command in the general help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    for (const name of COMMANDS) expect(out).toMatch(new RegExp(`^ {2}${name} `, 'm'));
  });

  it('shows help even after other options, instead of refusing them', async () => {
    const { code, out } = await run('build', '--scenario', 'sample-testing', '--help');
    expect(code).toBe(0);
    expect(out).toContain('--out FILE.docx');
  });

  it('follows LC_ALL before LANG, in the POSIX form', async () => {
    const { LANG, LC_ALL } = process.env;
    process.env.LANG = 'en_GB.UTF-8';
    process.env.LC_ALL = 'zh_CN.UTF-8';
    try {
      expect((await run('rules', '--help')).out).toMatch(/^用法：clausewright rules/);
    } finally {
      for (const [name, value] of Object.entries({ LANG, LC_ALL })) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('follows LANG for the help text', async () => {
    const { LANG, LC_ALL } = process.env;
    process.env.LANG = 'zh_CN.UTF-8';
    delete process.env.LC_ALL; // it would take precedence over LANG
    try {
      expect((await run('review', '--help')).out).toMatch(/^用法：clausewright review/);
    } finally {
      for (const [name, value] of Object.entries({ LANG, LC_ALL })) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
