import type { DocParagraph } from '../../document';
import type { Evidence } from '../../findings';
import type { MessageKey, Phrase } from '../../i18n';
import { figureDifference, figuresOf, namesOnlyInChinese, prevailingIn, prohibitionIn } from '../bilingual/compare';
import { languageOf, languagePairs } from '../bilingual/pairs';
import type { Rule, RuleFinding } from '../context';
import { finding, listOf, topicAt } from './finding';

const QUOTE = 300;

function quote(p: DocParagraph): Evidence {
  const text = p.text.slice(0, QUOTE);
  return { paragraph: p.index, start: 0, end: text.length, text };
}

/**
 * A draft in English and Chinese whose two texts say different things: a figure (days, amounts,
 * percentages, dates) that differs, a prohibition in one text only, a party named differently, or
 * two language clauses that each make their own text prevail. Each finding quotes both texts and
 * says which would govern under the draft's own language clause.
 */
export const bilingualDiscrepancy: Rule = (ctx) => {
  const pairs = languagePairs(ctx.doc);
  if (pairs.length === 0) return [];
  const out: RuleFinding[] = [];

  // The draft's own language clauses, in each language.
  const clause = (lang: 'en' | 'zh') => {
    for (const p of ctx.doc.paragraphs) {
      if (languageOf(p.text) !== lang) continue;
      const says = prevailingIn(p.text, lang);
      if (says) return { p, says };
    }
    return undefined;
  };
  const en = clause('en');
  const zh = clause('zh');
  const conflict = en && zh && en.says !== zh.says;
  const winner = conflict ? 'conflict' : (en?.says ?? zh?.says ?? 'unknown');
  const note = `review.bilingual.winner.${winner}` as MessageKey;
  if (conflict) {
    out.push(finding(ctx, { rule: 'ambiguous.bilingual-prevailing', topic: 'governing-law', severity: 'high', kind: 'ambiguous', evidence: [quote(en.p), quote(zh.p)] }));
  }

  for (const pair of pairs) {
    const topic = topicAt(ctx, pair.en.index);
    const evidence = [quote(pair.en), quote(pair.zh)];
    const figures = figureDifference(figuresOf(pair.en.text, 'en'), figuresOf(pair.zh.text, 'zh'));
    if (figures.en.length + figures.zh.length > 0) {
      const none: Phrase = { say: 'review.bilingual.none' };
      out.push(
        finding(ctx, {
          rule: 'ambiguous.bilingual-figures',
          topic,
          severity: 'medium',
          kind: 'ambiguous',
          evidence,
          params: { en: figures.en.length > 0 ? listOf(figures.en) : none, zh: figures.zh.length > 0 ? listOf(figures.zh) : none },
          note,
        }),
      );
    }
    const prohibits = prohibitionIn(pair.en.text, pair.zh.text);
    if (prohibits) {
      out.push(finding(ctx, { rule: 'ambiguous.bilingual-negation', key: `ambiguous.bilingual-negation-${prohibits}`, topic, severity: 'high', kind: 'ambiguous', evidence, note }));
    }
    const names = namesOnlyInChinese(pair.en.text, pair.zh.text);
    if (names.length > 0) {
      out.push(finding(ctx, { rule: 'ambiguous.bilingual-names', topic, severity: 'medium', kind: 'ambiguous', evidence, params: { names: listOf(names) }, note }));
    }
  }
  return out;
};
