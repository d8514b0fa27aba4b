import { z } from 'zod';
import { TOPIC_IDS } from '../topics';
import { SCENARIO_IDS } from '../scenarios';
import { FRAME_TOPIC_IDS } from './frame-topics';
import { CHINA_INCLUDED, FORUMS, GOVERNING_LAWS, REGIONS, SCHEDULE_FACTS, presetSchema } from '../questionnaire';
import { CLASSIFICATIONS, ITEM_KINDS } from '../prepare/record';
import { COUNTRY_CODES } from '../review/countries';
import { RULE_IDS } from '../review/rules';

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
// Liability is in both lists: each id once.
const clauseTopic = z.enum([...new Set([...TOPIC_IDS, ...FRAME_TOPIC_IDS])], { error: 'library.field.topic' });

/** A complete table of wording, one entry per possible answer. */
function wordsFor<const T extends readonly [string, ...string[]]>(keys: T) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, words])) as Record<T[number], typeof words>);
}

const paragraphs = z.array(words).min(1, { error: 'library.field.text' });

/** The words around the clauses: titles, parties, preamble, recitals, definitions and signing. */
const agreementSchema = z.strictObject({
  titles: wordsFor(SCENARIO_IDS),
  party: words,
  preamble: paragraphs,
  /** The background of each deal, printed as lettered recitals before the operative clauses. */
  recitals: z
    .strictObject({
      title: words,
      scenarios: z.strictObject(Object.fromEntries(SCENARIO_IDS.map((s) => [s, paragraphs])) as Record<(typeof SCENARIO_IDS)[number], typeof paragraphs>),
      /** The words that end the recitals and open the operative part ("The Parties agree as follows:"). */
      agree: words,
    })
    .optional(),
  definitions: z.strictObject({
    title: words,
    interpretation: words.optional(),
    /** Closes a clause proposed into someone else's draft: defines, for that section only, the terms the draft lacks. */
    local: words.optional(),
    /** As `local`, for a clause proposed unnumbered (beside a text box): it names "this clause". */
    localUnnumbered: words.optional(),
    /** As `local`, closing the first of several fixes that use the terms: it names every section that does. */
    localShared: words.optional(),
    /**
     * For `localShared`: what comes between section numbers in `{{sections}}`, and between the
     * first and last of a run of sub-sections ("3.2 to 3.8"). Spaces count here; without these
     * no definition is shared.
     */
    localSections: z.strictObject({ separator: z.string().min(1), range: z.string().min(1) }).optional(),
  }),
  /**
   * The sentences with which a clause's closing paragraph says how long the clause lasts after the
   * agreement ends, in groups that say the same period, the wording to keep first. Two fixes
   * joined into one section (core/fix/joined.ts) that last alike say it once, for the whole of it.
   */
  survival: z.array(z.array(words).min(1)).optional(),
  /**
   * One sentence for a joined section whose parts last differently: how each part is named where
   * its survival sentence opens (`subject` put as `one`, `many`, `range` or `titled`), and what
   * comes between numbers (`separator`) and between parts (`between`, `last`). Spaces count here.
   */
  survivalParts: z
    .strictObject({
      subject: words,
      one: words,
      many: words,
      range: words,
      titled: words,
      separator: z.string().min(1),
      between: z.string().min(1),
      last: z.string().min(1),
    })
    .optional(),
  /** The signature page: a lead-in, then one block per party with these labels. */
  signing: z
    .strictObject({
      intro: words,
      party: words,
      labels: z.strictObject({ signature: words, name: words, title: words, date: words, notices: words }),
    })
    .optional(),
  /**
   * The schedules after the signing page. Clause text names one by {{schedule:ID}}, printed as
   * `name` with its number ("Schedule 2"); a built agreement holds exactly the schedules its text
   * names, numbered in the order first named. The disclosure record's rows come from the record;
   * each other schedule is a table of particulars, a row per fact.
   */
  schedules: z
    .strictObject({
      /** "Schedule {{number}}". */
      name: words,
      /** "Schedule {{number}}: {{title}}". */
      heading: words,
      /** The headings of a particulars table. */
      columns: z.strictObject({ item: words, particulars: words }),
      /** The disclosure record: a note before the table (clause placeholders such as {{A}} allowed), headings and wording. */
      record: z.strictObject({
        title: words,
        intro: words,
        columns: wordsFor(['number', 'item', 'kind', 'classification', 'purpose', 'recipient', 'approver', 'date', 'sha256']),
        kinds: wordsFor(ITEM_KINDS),
        classifications: wordsFor(CLASSIFICATIONS),
      }),
      particulars: z.array(
        z.strictObject({
          id,
          title: words,
          /** A note before the table; clause placeholders allowed. */
          intro: words.optional(),
          rows: z.array(
            z.strictObject({
              label: words,
              /** Printed as it stands once its placeholders are filled. */
              text: words.optional(),
              /** Or a deal fact from the answers (`particulars`), printed as `blank` when not given. */
              fact: z.enum(SCHEDULE_FACTS, { error: 'library.field.fact' }).optional(),
              blank: words.optional(),
              /** Only when the answers select it, as a variant's `applies.answers`. */
              when: z.record(z.string(), z.array(z.string({ error: 'library.field.answerValue' }))).optional(),
            }),
          ).min(1, { error: 'library.field.text' }),
        }),
      ),
    })
    .optional(),
  /** How a party fact nobody has given prints: a bracketed blank for counsel to complete. */
  blanks: z.strictObject({ address: words, registration: words, signatory: words, signatoryTitle: words, email: words }).optional(),
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
  /** The same frame and answer wording in Chinese, for agreements built in Chinese or in both languages. */
  agreementZh: agreementSchema.optional(),
  valuesZh: valuesSchema.optional(),
  /** Finding rules the organisation switches on (the opt-in ones) or off, by rule id. */
  review: z
    .strictObject({
      enable: z.array(z.string()).optional(),
      disable: z.array(z.string()).optional(),
      /** Where the organisation's company is established, for drafts that do not say where our party is (default CN). */
      established: z.enum(COUNTRY_CODES as [string, ...string[]]).optional(),
    })
    .optional(),
});

const term = z.string({ error: 'library.field.term' }).regex(/^[A-Z][A-Za-z]*( [A-Z][A-Za-z]*)*$/, { error: 'library.field.term' });

export const definitionsFileSchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      term,
      text: words,
      /** The Chinese definition after the term: "指……" for "means ...". */
      textZh: words.optional(),
      /**
       * Other names drafts give the same term ("Recipient" for "Receiving Party"): a fix for a draft
       * that uses one speaks of it by the draft's name, and does not define a second term for it.
       */
      aliases: z.array(term).optional(),
    }),
  ),
});

/**
 * glossary.yaml: each English defined term (and frame word such as Agreement or Section) and the one
 * Chinese rendering every Chinese text uses for it, so a term never reads two ways.
 */
export const glossaryFileSchema = z.strictObject({
  terms: z.record(term, words),
});

/**
 * When a missing term matters: only where the deal crosses a border, where goods change hands, or
 * where technology does; or, for the IP terms, unless the draft clearly develops and licenses nothing;
 * or, for a reverse-engineering ban, where something that can be taken apart is shared; or, for
 * improvements, where a licence lets something be made, developed or changed; or, for what a distributor
 * may go on doing after the end, where it buys goods to resell; or, for a licence of existing IP, where the
 * deal hands over technology and is not only access to a service the provider runs; or, for results made
 * to order, unless the deal only buys the placing of promotions.
 */
export const PLAYBOOK_CONDITIONS = ['cross-border', 'shares-goods', 'shares-samples', 'shares-technology', 'develops-or-licenses', 'grants-exclusivity', 'shares-analysable', 'improvable', 'shares-ip', 'information-lent', 'resells', 'delivers-technology', 'commissions-work', 'shares-more-than-data', 'reaches-results', 'we-disclose'] as const;

/**
 * What the review raises when their draft lacks a topic, for our side: the severity, and the
 * conditions under which the topic applies to the deal at all. Topics absent here are not raised as
 * missing (silence on them costs our side nothing).
 */
const missingSchema = z.partialRecord(
  topic,
  z.strictObject({ severity: z.enum(['high', 'medium', 'low']), when: z.array(z.enum(PLAYBOOK_CONDITIONS)).optional() }),
);

/** How much a finding against a position weighs for our side; 'off': no point for our side in this deal. */
export const POSITION_SEVERITIES = ['high', 'medium', 'low', 'off'] as const;

/** The rules a position may weigh: those that find a term one-sided against our side. */
const ONE_SIDED_RULE_IDS = RULE_IDS.filter((r) => r.startsWith('one-sided.'));
const oneSidedRule = z.string().refine((r) => ONE_SIDED_RULE_IDS.includes(r), { error: 'library.playbook.unknownRule' });

/**
 * Where we stand on a topic for one side of one deal: what we want, what we can live with, the
 * one-sided rules whose findings go against it (at the severity counsel sets here, overriding the
 * rule's own), the library variant that fixes it (or, in `fixes`, the variant for one named rule
 * whose point another clause answers) and, optionally, counsel's words on why it matters (in place of
 * the rule's own). The library check makes sure each fix exists and works for our side.
 */
const fixRef = z.strictObject({ clause: id, variant: id });
const positionSchema = z.strictObject({
  want: bilingual,
  acceptable: bilingual,
  why: bilingual.optional(),
  findings: z.record(oneSidedRule, z.enum(POSITION_SEVERITIES, { error: 'library.playbook.severity' })),
  fix: fixRef.optional(),
  fixes: z.record(oneSidedRule, fixRef).optional(),
});

const playbookSchema = z.strictObject({
  required: z.array(topic),
  recommended: z.array(topic),
  missing: missingSchema.optional(),
  positions: z.partialRecord(topic, positionSchema).optional(),
});

export const scenarioFileSchema = z.strictObject({
  id: z.enum(SCENARIO_IDS, { error: 'library.field.scenario' }),
  title: bilingual,
  summary: bilingual,
  roles: z.array(z.strictObject({ id, label: bilingual })),
  playbook: z.record(z.string(), playbookSchema),
  defaults: presetSchema,
});

/** A variant's plain-language note; `reaction` says how a counterparty is likely to respond to it. */
const noteSchema = z.strictObject({ what: words, when: words, risk: words, reaction: words.optional() });

export const STANCES = ['protective', 'balanced', 'fallback'] as const;

/**
 * What a variant does that some laws void or narrow; the builder's law rules (build/law-rules.ts)
 * replace or warn about a variant with one of these under such a law. 'foreign-sanctions': binds
 * the parties to foreign sanctions with no exception for a law that forbids complying with them.
 */
export const VARIANT_RISKS = [
  'improvement-capture',
  'grant-back',
  'no-challenge',
  'non-compete',
  'burden-shift',
  'agreement-to-negotiate',
  'foreign-sanctions',
] as const;

const variantSchema = z.strictObject({
  id,
  /** The variant's name in Chinese, shown where the English shows its id as words. */
  nameZh: words.optional(),
  /** The variant's own title where the clause's does not fit what it covers (no Samples in a distribution deal). */
  title: words.optional(),
  titleZh: words.optional(),
  stance: z.enum(STANCES, { error: 'library.field.stance' }),
  risks: z.array(z.enum(VARIANT_RISKS, { error: 'library.field.risk' })).optional(),
  applies: z
    .strictObject({
      scenarios: z.array(z.enum(SCENARIO_IDS, { error: 'library.field.scenario' })).optional(),
      roles: z.array(id).optional(),
      answers: z.record(z.string(), z.array(z.string({ error: 'library.field.answerValue' }))).optional(),
    })
    .optional(),
  requires: z.array(id).optional(),
  excludes: z.array(id).optional(),
  /**
   * A carve-out that answers one term of the other side's clause ("Nothing in this Agreement stops
   * the evaluator from running security tests"): a fix that goes in beside that clause, which stays,
   * and never a clause of an agreement we build.
   */
  beside: z.boolean().optional(),
  /**
   * A clause offered only as a review's fix, in place of the other side's clause (a mutual limit of
   * liability where theirs limits only their own): never built into an agreement we draft, whatever
   * its stance or place in the file. A `beside` variant is fix-only already and does not repeat it.
   */
  fixOnly: z.boolean().optional(),
  terms: z.array(z.string({ error: 'library.field.term' })).optional(),
  text: words,
  /** The Chinese text: the same paragraphs, sub-clauses, placeholders, references and numbers as `text`. */
  textZh: words.optional(),
  note: z.strictObject({ en: noteSchema, zh: noteSchema }),
});

export const clauseFileSchema = z.strictObject({
  id,
  topic: clauseTopic,
  title: words,
  titleZh: words.optional(),
  version,
  order: z.int({ error: 'library.field.order' }).min(0, { error: 'library.field.order' }),
  variants: z.array(variantSchema).min(1, { error: 'library.field.variants' }),
});

/**
 * Partner due diligence (diligence.yaml): what to check about the other side, where to look and what
 * to record. The tool records what the user checked; it searches nothing itself.
 */
export const diligenceFileSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id,
        title: bilingual,
        /** What the check answers, in a sentence. */
        question: bilingual,
        /** Where to look, one source a line. */
        look: z.strictObject({ en: z.array(words).min(1), zh: z.array(words).min(1) }),
        /** What to write down from the check. */
        record: bilingual,
      }),
    )
    .min(1, { error: 'library.field.text' }),
});

export type LibraryFile = z.infer<typeof libraryFileSchema>;
export type DiligenceFile = z.infer<typeof diligenceFileSchema>;
export type DiligenceItem = DiligenceFile['items'][number];
export type AgreementFrame = z.infer<typeof agreementSchema>;
export type AnswerWords = z.infer<typeof valuesSchema>;
export type DefinitionsFile = z.infer<typeof definitionsFileSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type ClauseFile = z.infer<typeof clauseFileSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Stance = (typeof STANCES)[number];
export type VariantRisk = (typeof VARIANT_RISKS)[number];
export type PlaybookEntry = z.infer<typeof playbookSchema>;
export type PlaybookPosition = z.infer<typeof positionSchema>;
