import { z } from 'zod';
import { TOPIC_IDS } from '../topics';
import { SCENARIO_IDS } from '../scenarios';
import { presetSchema } from '../build/questionnaire';

/**
 * Zod schemas for the clause-library files (format agreed in the library README). Objects are
 * strict so a misspelt key ("applys") is an error instead of a silently ignored rule.
 */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

const id = z.string({ error: 'library.field.id' }).regex(ID, { error: 'library.field.id' });
const words = z.string({ error: 'library.field.text' }).trim().min(1, { error: 'library.field.text' });
const version = z.string({ error: 'library.field.version' }).regex(SEMVER, { error: 'library.field.version' });
const bilingual = z.strictObject({ en: words, zh: words });
const topic = z.enum(TOPIC_IDS, { error: 'library.field.topic' });

export const libraryFileSchema = z.strictObject({
  id,
  name: words,
  version,
});

export const definitionsFileSchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      term: z.string({ error: 'library.field.term' }).regex(/^[A-Z][A-Za-z]*( [A-Z][A-Za-z]*)*$/, {
        error: 'library.field.term',
      }),
      text: words,
    }),
  ),
});

const playbookSchema = z.strictObject({
  required: z.array(topic),
  recommended: z.array(topic),
});

export const scenarioFileSchema = z.strictObject({
  id: z.enum(SCENARIO_IDS, { error: 'library.field.scenario' }),
  title: bilingual,
  summary: bilingual,
  roles: z.array(z.strictObject({ id, label: bilingual })),
  playbook: z.record(z.string(), playbookSchema),
  defaults: presetSchema,
});

const noteSchema = z.strictObject({ what: words, when: words, risk: words });

export const STANCES = ['protective', 'balanced', 'fallback'] as const;

const variantSchema = z.strictObject({
  id,
  stance: z.enum(STANCES, { error: 'library.field.stance' }),
  applies: z
    .strictObject({
      scenarios: z.array(z.enum(SCENARIO_IDS, { error: 'library.field.scenario' })).optional(),
      roles: z.array(id).optional(),
      answers: z.record(z.string(), z.array(z.string({ error: 'library.field.answerValue' }))).optional(),
    })
    .optional(),
  requires: z.array(id).optional(),
  excludes: z.array(id).optional(),
  terms: z.array(z.string({ error: 'library.field.term' })).optional(),
  text: words,
  note: z.strictObject({ en: noteSchema, zh: noteSchema }),
});

export const clauseFileSchema = z.strictObject({
  id,
  topic,
  title: words,
  version,
  order: z.int({ error: 'library.field.order' }).min(0, { error: 'library.field.order' }),
  variants: z.array(variantSchema).min(1, { error: 'library.field.variants' }),
});

export type LibraryFile = z.infer<typeof libraryFileSchema>;
export type DefinitionsFile = z.infer<typeof definitionsFileSchema>;
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type ClauseFile = z.infer<typeof clauseFileSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Stance = (typeof STANCES)[number];
export type PlaybookEntry = z.infer<typeof playbookSchema>;
