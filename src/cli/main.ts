import { CliIO, EXIT, UsageError, processIO } from './io';
import { runBuild } from './commands/build';
import { runReview } from './commands/review';
import { runLibrary } from './commands/library';
import { runScenarios } from './commands/scenarios';

type Command = (args: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  build: runBuild,
  review: runReview,
  library: runLibrary,
  scenarios: runScenarios,
};

const USAGE = `Usage:
  clausewright review FILE... [--scenario ID] [--side ROLE] [--json] [--fail-on SEVERITY] [--report OUT.docx]
  clausewright build --scenario ID|FILE.json [--side ROLE] [--posture balanced|firm|maximal] [--out FILE.docx | --format text|markdown]
  clausewright library [--json]
  clausewright scenarios [--json]
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`clausewright: unknown command "${name}".\n${USAGE}`);
    return EXIT.badInput;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`clausewright ${name}: ${err.message}\n`);
      return EXIT.badInput;
    }
    throw err;
  }
}
