import type { Answers } from '../questionnaire';
import type { Library } from '../library';
import { inChinese } from './chinese';
import type { Plan } from './plan';
import { render, type RenderOptions } from './render';
import type { RenderedTerms } from './rendered';
import { BuildError } from './values';

/** Built terms in the answers' language; for a bilingual agreement, the Chinese text beside the English. */
export interface BuiltTerms {
  terms: RenderedTerms;
  /** The Chinese text of a bilingual agreement, paragraph for paragraph with `terms`. */
  zh?: RenderedTerms;
}

/**
 * Renders a plan in the language the answers ask for (English when they do not). A bilingual
 * agreement is rendered twice from the same plan, the Chinese defining the same terms in the same
 * order, and the two are checked to run in parallel, so each row of the two columns says one thing.
 */
export function renderIn(library: Library, plan: Plan, answers: Answers, options: RenderOptions = {}): BuiltTerms {
  const language = answers.language ?? 'en';
  if (language === 'en') return { terms: render(library, plan, answers, options) };
  const chinese = inChinese(library, plan);
  if (language === 'zh') return { terms: render(chinese.library, chinese.plan, answers, { ...options, language: 'zh' }) };
  const en = render(library, plan, answers, options);
  const glossary = library.glossary ?? {};
  const zh = render(chinese.library, chinese.plan, answers, { ...options, language: 'zh', definitions: en.definitions.map((d) => glossary[d.term] ?? d.term) });
  assertParallel(en, zh);
  return { terms: en, zh };
}

/** Same sections, paragraphs and sub-clauses, under the same numbers, in both texts. */
function assertParallel(en: RenderedTerms, zh: RenderedTerms): void {
  const shape = (t: RenderedTerms) =>
    JSON.stringify([
      t.preamble.length,
      t.recitals?.paragraphs.map((p) => p.label),
      t.clauses.map((c) => [c.clauseId, c.number, c.paragraphs.map((p) => `${p.level}${p.label}`)]),
      t.signing?.blocks.map((b) => b.lines.length),
      t.schedules?.map((s) => [s.intro.length, s.columns.length, s.rows.length]),
    ]);
  if (shape(en) !== shape(zh)) throw new BuildError('The English and Chinese texts of this agreement do not have the same sections and paragraphs.');
}
