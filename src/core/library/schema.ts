import { z } from 'zod';
import { TOPIC_IDS } from '../topics';
import { SCENARIO_IDS } from '../scenarios';
import { CHINA_INCLUDED, FORUMS, GOVERNING_LAWS, REGIONS, presetSchema } from '../build/questionnaire';

/**
 * Zod schemas for the clause-library files, in the format the library, builder, review, host and
 * UI code share. Objects are strict so a misspelt key ("applys") is an error instead of a silently
 * ignored rule.
 */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

const id = z.string({ error: 'library.field.id' }).regex(ID, { error: 'library.field.id' });
const words = z.string({ error: 'library.field.text' }).trim().min(1, { error: 'library.field.text' });
const version = z.string({ error: 'library.field.version' }).regex(SEMVER, { error: 'library.field.version' });
const bilingual = z.strictObject({ en: words, zh: words });
const topic = z.enum(TOPIC_IDS, { error: 'library.field.topic' });

/** A complete table of wording, one entry per possible answer. */
function wordsFor<const T extends readonly [string, ...string[]]>(keys: T) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, words])) as Record<T[number], typeof words>);
}

/** The words around the clauses: titles, the preamble and the definitions clause. */
const agreementSchema = z.strictObject({
  titles: wordsFor(SCENARIO_IDS),
  party: words,
  preamble: z.array(words).min(1, { error: 'library.field.text' }),
  definitions: z.strictObject({ title: words, interpretation: words.optional() }),
});

/** How answers read inside clause text, e.g. forum "siac" -> "arbitration administered by ...". */
const valuesSchema = z.strictObject({
  governingLaw: wordsFor(GOVERNING_LAWS),
  forum: wordsFor(FORUMS),
  china: wordsFor(CHINA_INCLUDED),
  regions: wordsFor(REGIONS),
});

export const libraryFileSchema = z.strictObject({
  id,
  name: words,
  version,
  /** Needed to build terms; a library used only for review may leave both out. */
  agreement: agreementSchema.optional(),
  values: valuesSchema.optional(),
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

/** When a missing term matters: only where the deal crosses a border, or where goods change hands. */
export const PLAYBOOK_CONDITIONS = ['cross-border', 'shares-goods'] as const;

/**
 * What the review raises when their draft lacks a topic, for our side: the severity, and the
 * conditions under which the topic applies to the deal at all. Topics absent here are not raised as
 * missing (silence on them costs our side nothing).
 */
const missingSchema = z.partialRecord(
  topic,
  z.strictObject({ severity: z.enum(['high', 'medium', 'low']), when: z.array(z.enum(PLAYBOOK_CONDITIONS)).optional() }),
);

const playbookSchema = z.strictObject({
  required: z.array(topic),
  recommended: z.array(topic),
  missing: missingSchema.optional(),
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
export type AgreementFrame = z.infer<typeof agreementSchema>;
export type AnswerWords = z.infer<typeof valuesSchema>;
export type DefinitionsFile = z.infer<typeof definitionsFileSchema>;
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type ClauseFile = z.infer<typeof clauseFileSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Stance = (typeof STANCES)[number];
export type PlaybookEntry = z.infer<typeof playbookSchema>;
