import { t, type MessageKey } from '../core/i18n';
import { CliIO, cliLocale, EXIT, UsageError, processIO } from './io';
import type { Runtime } from './runtime';

type Command = (args: string[], io: CliIO, runtime: Runtime) => Promise<number>;

/** Each command's module loads only when it runs, so `library` never loads the review engine. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build')).runBuild,
  review: async () => (await import('./commands/review')).runReview,
  library: async () => (await import('./commands/library')).runLibrary,
  scenarios: async () => (await import('./commands/scenarios')).runScenarios,
  rules: async () => (await import('./commands/rules')).runRules,
  schema: async () => (await import('./commands/schema')).runSchema,
};

export async function main(argv: string[], io: CliIO = processIO, runtime: Runtime = {}): Promise<number> {
  const locale = cliLocale();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] && rest[0] in COMMANDS ? rest[0] : undefined;
    io.out(t(locale, `cli.help.${topic ?? 'main'}` as MessageKey));
    return name ? EXIT.ok : EXIT.badInput;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`clausewright: ${t(locale, 'cli.unknownCommand', { name })}\n${t(locale, 'cli.help.main')}`);
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(t(locale, `cli.help.${name}` as MessageKey));
    return EXIT.ok;
  }
  try {
    return await (await load())(rest, io, runtime);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`clausewright ${name}: ${err.message}\n`);
      return EXIT.badInput;
    }
    throw err;
  }
}
