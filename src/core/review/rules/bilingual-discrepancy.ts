import type { DocParagraph } from '../../document';
import type { Evidence } from '../../findings';
import type { MessageKey, Phrase } from '../../i18n';
import { figureDifference, figuresOf, namesOnlyInChinese, prevailingIn, prohibitionIn } from '../bilingual/compare';
import { counterpartPairs, languageOf, languagePairs, type LanguagePair } from '../bilingual/pairs';
import { renderingsOf, termMismatches } from '../bilingual/terms';
import type { Rule, RuleFinding } from '../context';
import { finding, listOf, topicAt } from './finding';

const QUOTE = 300;

function quote(p: DocParagraph, counterpart = false): Evidence {
  const text = p.text.slice(0, QUOTE);
  return { paragraph: p.index, start: 0, end: text.length, text, ...(counterpart ? { counterpart: true as const } : {}) };
}

/** Both texts of a provision, this document's first: what a reader goes to is in the file reviewed. */
function quotes(pair: LanguagePair): Evidence[] {
  const en = quote(pair.en, pair.counterpart === 'en');
  const zh = quote(pair.zh, pair.counterpart === 'zh');
  return pair.counterpart === 'en' ? [zh, en] : [en, zh];
}

/**
 * A draft in English and Chinese whose two texts say different things: a figure (days, amounts,
 * percentages, dates) that differs, a prohibition in one text only, a party named differently, a
 * defined term the Chinese renders otherwise than its definitions do, or two language clauses that
 * each make their own text prevail. The two texts may be one document or two files (the
 * counterpart). Each finding quotes both texts and says which would govern under the draft's own
 * language clause.
 */
export const bilingualDiscrepancy: Rule = (ctx) => {
  const pairs = ctx.counterpart ? counterpartPairs(ctx.doc, ctx.counterpart) : languagePairs(ctx.doc);
  if (pairs.length === 0) return [];
  const out: RuleFinding[] = [];

  // The draft's own language clauses, in each language, in either file.
  const files = ctx.counterpart ? [ctx.doc, ctx.counterpart] : [ctx.doc];
  const clause = (lang: 'en' | 'zh') => {
    for (const doc of files) {
      for (const p of doc.paragraphs) {
        if (languageOf(p.text) !== lang) continue;
        const says = prevailingIn(p.text, lang);
        if (says) return { p, says, counterpart: doc !== ctx.doc };
      }
    }
    return undefined;
  };
  const en = clause('en');
  const zh = clause('zh');
  const conflict = en && zh && en.says !== zh.says;
  const winner = conflict ? 'conflict' : (en?.says ?? zh?.says ?? 'unknown');
  const note = `review.bilingual.winner.${winner}` as MessageKey;
  // The two texts are made to say the same thing by correcting one of them, not by our clause on the topic.
  const noFix = true;
  if (conflict) {
    out.push(finding(ctx, { rule: 'discrepancy.bilingual-prevailing', topic: 'governing-law', fixClause: 'contract-language', severity: 'high', kind: 'discrepancy', evidence: [quote(en.p, en.counterpart), quote(zh.p, zh.counterpart)].sort((a, b) => Number(a.counterpart ?? 0) - Number(b.counterpart ?? 0)) }));
  }

  for (const pair of pairs) {
    const evidence = quotes(pair);
    const topic = topicAt(ctx, evidence[0]!.paragraph);
    const figures = figureDifference(figuresOf(pair.en.text, 'en'), figuresOf(pair.zh.text, 'zh'));
    if (figures.en.length + figures.zh.length > 0) {
      const none: Phrase = { say: 'review.bilingual.none' };
      out.push(
        finding(ctx, {
          rule: 'discrepancy.bilingual-figures',
          topic,
          severity: 'medium',
          kind: 'discrepancy',
          evidence,
          params: { en: figures.en.length > 0 ? listOf(figures.en) : none, zh: figures.zh.length > 0 ? listOf(figures.zh) : none },
          note,
          noFix,
        }),
      );
    }
    const prohibits = prohibitionIn(pair.en.text, pair.zh.text);
    if (prohibits) {
      out.push(finding(ctx, { rule: 'discrepancy.bilingual-negation', key: `discrepancy.bilingual-negation-${prohibits}`, topic, severity: 'high', kind: 'discrepancy', evidence, note, noFix }));
    }
    const names = namesOnlyInChinese(pair.en.text, pair.zh.text);
    if (names.length > 0) {
      out.push(finding(ctx, { rule: 'discrepancy.bilingual-names', topic, severity: 'medium', kind: 'discrepancy', evidence, params: { names: listOf(names) }, note, noFix }));
    }
  }

  for (const m of termMismatches(pairs, renderingsOf(pairs))) {
    const evidence = quotes(m.pair);
    const params = { en: m.term.en, zh: m.term.zh, found: m.found, ...(m.other ? { other: m.other } : {}) };
    const key = `discrepancy.bilingual-terms-${m.other ? 'other' : 'variant'}`;
    out.push(finding(ctx, { rule: 'discrepancy.bilingual-terms', key, topic: topicAt(ctx, evidence[0]!.paragraph), severity: 'medium', kind: 'discrepancy', evidence, params, note, noFix }));
  }
  return out;
};
