import { z } from 'zod';
import { presetSchema } from '../../core/agreement';
import { t } from '../../core/i18n';
import { SCENARIO_IDS } from '../../core/scenarios';
import type { CliIO } from '../io';
import { cliLocale, EXIT, UsageError } from '../io';

/**
 * The questionnaire file as `build --scenario FILE.json` reads it: only the scenario is required,
 * and every answer left out, or either party, is taken from the preset (resolveAnswers).
 */
const answersFile = presetSchema
  .partial()
  .extend({
    scenario: z.enum(SCENARIO_IDS),
    parties: presetSchema.shape.parties.partial().optional(),
  });

/** The questionnaire's JSON Schema, from the zod schema the builder validates with, so the two cannot drift. */
export function answersJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(answersFile, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://clausewright.example.com/schema/answers.schema.json',
    title: 'Clausewright questionnaire answers',
  };
}

/** `clausewright schema answers` */
export async function runSchema(argv: string[], io: CliIO): Promise<number> {
  const locale = cliLocale();
  if (argv.length !== 1 || argv[0] !== 'answers') throw new UsageError(t(locale, 'cli.schema.unknown', { value: argv.join(' ') }));
  io.out(`${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}
