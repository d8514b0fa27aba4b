import type { RenderedClause, RenderedParagraph } from '../agreement/rendered';
import type { DocModel } from '../document';
import { ZH_NUMERAL, zhNumber } from '../review/zh/cjk';
import type { ParagraphSpan } from './clause-span';
import type { PartReplaced } from './kept-part';
import { besideLabels } from './beside-label';
import type { FixPlacement } from './placement';
import { articleLabel, draftNumbering, fitsClause, paragraphLabel, referenceIn, subLabel, type DraftNumbering } from './draft-numbering';

/**
 * A fix as it goes into the draft, numbered the draft's way (draft-numbering.ts): its heading
 * "第十一条 责任限制" or "ARTICLE XI", its paragraphs 一、二、 or (a)(b), and its references to
 * articles ("第11条", "Section 7") as the draft writes them. A draft numbered "5." / "5.1", an
 * unnumbered fix and a fix in both languages keep our numbering; `number` stays the figure, which
 * placement and the redline compare with the draft's section labels.
 */
export function inDraftStyle(doc: DocModel, clause: RenderedClause, style: DraftNumbering | undefined = draftNumbering(doc), after = 0): RenderedClause {
  const n = Number(clause.number);
  if (!style || !clause.number || !Number.isInteger(n) || clause.bilingual || !fitsClause(style, clause.title)) return clause;
  const cite = (s: string): string => references(style, s);
  let k = after;
  let j = 0;
  const paragraphs = clause.paragraphs.map((p): RenderedParagraph => {
    if (p.level === 1 && p.label) {
      j = 0;
      return { ...p, label: paragraphLabel(style, n, ++k), text: cite(p.text) };
    }
    if (p.level === 2 && p.label) return { ...p, label: subLabel(style, ++j, p.label), text: cite(p.text) };
    return { ...p, text: cite(p.text) };
  });
  return {
    ...clause,
    ...(after ? {} : { headingLabel: `${articleLabel(style, n)}${style.gap}`, ...(style.capitals ? { title: clause.title.toUpperCase() } : {}) }),
    labelGap: style.labelGap,
    paragraphs,
    ...(clause.local ? { local: { ...clause.local, own: cite(clause.local.own) } } : {}),
  };
}

// "第11条", "第11.2条"; "Section 11", "Sections 4 and 11", "Section 11.2" (not "Section 11.2.3").
const ZH_REFERENCE = /第(\d{1,3})(?:\.(\d{1,3}))?条/g;
// "第(c)项": a sub-clause of the same paragraph, relabelled with the sub-clauses (subLabel).
const ZH_ITEM_REFERENCE = /第\(([a-z])\)项/g;
const EN_REFERENCE = /\bSection (\d{1,3})(?:\.(\d{1,3}))?\b(?!\.\d)/g;
// "Sections 9, 10 and 11", "Sections 7.1 to 7.3": a list a definition shared by several fixes opens with (defined-once.ts).
const EN_REFERENCES = /\bSections (\d{1,3}(?:\.\d{1,3})?(?:(?:, |,? and | to )\d{1,3}(?:\.\d{1,3})?){1,20})\b(?!\.\d)/g;

function references(style: DraftNumbering, text: string): string {
  if (style.language === 'zh') {
    const items = text.replace(ZH_ITEM_REFERENCE, (whole, letter: string) => {
      const j = letter.charCodeAt(0) - 96;
      return style.paragraphs === 'zh-item' ? `第${subLabel(style, j, whole)}项` : style.paragraphs === 'zh-paren' ? `第${j}项` : whole;
    });
    return items.replace(ZH_REFERENCE, (_, n: string, k?: string) => referenceIn(style, Number(n), k === undefined ? undefined : Number(k)));
  }
  if (/^section$/i.test(style.article.word) && !style.article.roman && style.paragraphs === 'dotted') return text;
  // "This Section continues ..." speaks of the fix's own article.
  const word = /^clause$/i.test(style.article.word) ? 'Clause' : /^article$/i.test(style.article.word) ? 'Article' : 'Section';
  return text
    .replace(/\b([Tt]his) Section\b/g, `$1 ${word}`)
    .replace(EN_REFERENCES, (_, list: string) => referencesIn(style, list))
    .replace(EN_REFERENCE, (_, n: string, k?: string) => referenceIn(style, Number(n), k === undefined ? undefined : Number(k)));
}

/** "9, 10 and 11" as the draft cites several: "Articles IX, X and XI"; each named whole where they differ in kind ("Article IX and Section 10.2"). */
function referencesIn(style: DraftNumbering, list: string): string {
  const parts = list.split(/(,? and |, | to )/);
  const cited = parts.map((p, i) => (i % 2 ? p : referenceIn(style, Number(p.split('.')[0]), p.includes('.') ? Number(p.split('.')[1]) : undefined)));
  const words = new Set(cited.filter((_, i) => i % 2 === 0).map((c) => c.split(' ')[0]));
  if (words.size > 1) return cited.join('');
  const word = [...words][0]!;
  return `${word}s ${cited.map((c, i) => (i % 2 ? c : c.slice(word.length + 1))).join('')}`;
}

/**
 * A fix for part of an article (placement `part`) follows the paragraphs that stay: numbered on from
 * the highest of theirs the draft numbers (二、 kept, the fix's paragraphs 三、四、).
 */
export function inDraftStyleAfter(doc: DocModel, clause: RenderedClause, span: ParagraphSpan, part: PartReplaced, style: DraftNumbering | undefined = draftNumbering(doc)): RenderedClause {
  if (!style) return clause;
  const gone = new Set(part.deleted.filter((d) => d.start === 0 && d.end >= (doc.paragraphs[d.paragraph]?.text.length ?? 0)).map((d) => d.paragraph));
  let highest = 0;
  for (let i = span.first + 1; i <= span.last; i++) if (!gone.has(i)) highest = Math.max(highest, itemNumber(doc.paragraphs[i]?.text.trim() ?? '', style));
  return inDraftStyle(doc, clause, style, highest);
}

/** The number a paragraph's own label gives it in the draft's paragraph style (二、 → 2, 11.3 → 3), else 0. */
function itemNumber(text: string, style: DraftNumbering): number {
  const label = ITEM_LABEL[style.paragraphs].exec(text)?.[1];
  if (!label) return 0;
  return style.paragraphs === 'letter' ? label.charCodeAt(0) - 96 : (zhNumber(label) ?? 0);
}

const ITEM_LABEL: Record<DraftNumbering['paragraphs'], RegExp> = {
  'zh-item': new RegExp(`^(${ZH_NUMERAL}{1,3})、`),
  'zh-paren': new RegExp(`^[（(](${ZH_NUMERAL}{1,3})[)）]`),
  figure: /^(\d{1,2})[.．、](?!\d)/,
  dotted: /^\d{1,3}\.(\d{1,3})(?!\d)/,
  letter: /^\(([a-z])\)/,
};

/**
 * A fix numbered the draft's way for where it goes: on from the paragraphs that stay for a part (at
 * the level of a sub-clause it goes beside, beside-label.ts); as it is where nothing goes in. The one choice fixAlone, clickedFix and the redline plan all make.
 */
export function inDraftStyleAt(doc: DocModel, clause: RenderedClause, placement: FixPlacement | { kind: 'box' }, style: DraftNumbering | undefined = draftNumbering(doc)): RenderedClause {
  if (placement.kind === 'part') return besideLabels(doc, inDraftStyleAfter(doc, clause, placement.span, placement.part, style), placement.span);
  return placement.kind === 'none' || placement.kind === 'box' ? clause : inDraftStyle(doc, clause, style);
}
