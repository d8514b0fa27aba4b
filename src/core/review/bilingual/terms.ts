import type { LanguagePair } from './pairs';
import { escapeRegExp } from '../../regex-escape';

/** An English defined term and the Chinese the draft's own definitions give it. */
export interface TermRendering {
  en: string;
  zh: string;
}

/** A provision whose Chinese does not use the rendering the definitions give an English term it uses. */
export interface TermMismatch {
  pair: LanguagePair;
  term: TermRendering;
  /** What the Chinese says instead: a near form of the rendering, or another term's rendering. */
  found: string;
  /** The English term whose rendering the Chinese used instead, when it is one. */
  other?: string;
}

// A quoted term: capitalised in English, anything short in Chinese (“保密信息”, 「接收方」).
const EN_QUOTED = /["“]([A-Z][^"“”\n]{0,60}?)["”]/g;
const ZH_QUOTED = /[“「"]([^”」"“「\n]{1,20})[”」"]/g;
// A Chinese definition: “X”指/是指/系指, or a naming (以下简称“X”, 合称“X”).
const ZH_DEFINES = /[”」"]\s*(?:[，,]\s*)?(?:是指|系指|意指|均指|指)|(?:简称|称为|合称|单称|统称|下称)[：:]?\s*[“「"]/;
const HAN = /^[\u3400-\u9fff]+$/;
// Shorter renderings (一方, 样品, 代表) are ordinary words as often as terms: only longer ones are checked.
const CHECKED = 3;

/**
 * The draft's own renderings of its defined terms: where the English and the Chinese of one provision
 * each define terms (English in quotes, Chinese in quotes followed by 指 or after 简称), in the same
 * number, the terms pair in order. A term defined two ways is left out, being no sure measure.
 */
export function renderingsOf(pairs: readonly LanguagePair[]): TermRendering[] {
  const found = new Map<string, string | null>();
  for (const { en, zh } of pairs) {
    if (!ZH_DEFINES.test(zh.text)) continue;
    const enTerms = [...en.text.matchAll(EN_QUOTED)].map((m) => m[1]!.trim());
    const zhTerms = [...zh.text.matchAll(ZH_QUOTED)].map((m) => m[1]!.trim());
    if (enTerms.length === 0 || enTerms.length !== zhTerms.length) continue;
    enTerms.forEach((term, i) => {
      const rendering = zhTerms[i]!;
      if (!HAN.test(rendering)) return;
      const before = found.get(term);
      found.set(term, before === undefined || before === rendering ? rendering : null);
    });
  }
  return [...found].flatMap(([en, zh]) => (zh ? [{ en, zh }] : [])).sort((a, b) => b.en.length - a.en.length);
}

/** The English terms a text uses, longest first, a shorter one not counted inside a longer ("Party" in "Receiving Party"). */
function termsUsed(text: string, terms: ReadonlyMap<TermRendering, RegExp>): Set<TermRendering> {
  let rest = text;
  const used = new Set<TermRendering>();
  for (const [t, at] of terms) {
    if (rest.search(at) < 0) continue;
    used.add(t);
    rest = rest.replace(at, ' ');
  }
  return used;
}

/** The renderings a Chinese text contains, longest first, a shorter one not counted inside a longer. */
function renderingsUsed(text: string, terms: readonly TermRendering[]): { used: Set<TermRendering>; rest: string } {
  let rest = text;
  const used = new Set<TermRendering>();
  for (const t of [...terms].sort((a, b) => b.zh.length - a.zh.length)) {
    if (!rest.includes(t.zh)) continue;
    used.add(t);
    rest = rest.replaceAll(t.zh, '　');
  }
  return { used, rest };
}

/**
 * A near form of a rendering in the Chinese: the same length, all Chinese, one character changed
 * but never the last, the head noun (机密信息 for 保密信息, 接受方 for 接收方): a changed last
 * character makes another word (披露后, 接收时). In a three-character rendering the first character
 * is as often a determiner or the end of a longer name (评估协议 beside 本协议), so only the middle counts.
 */
function nearForm(text: string, rendering: string): string | undefined {
  const n = rendering.length;
  const first = n === 3 ? 1 : 0;
  const last = rendering[n - 1]!;
  for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1)) {
    const window = text.slice(i - n + 1, i + 1);
    if (window.length !== n || !HAN.test(window)) continue;
    let changed = 0;
    let outside = false;
    for (let k = 0; k < n - 1; k++) {
      if (window[k] === rendering[k]) continue;
      changed++;
      if (k < first) outside = true;
    }
    if (changed === 1 && !outside) return window;
  }
  return undefined;
}

// A heading or a title ("Confidential Disclosure Agreement", "Rights if No Further Agreement Is
// Made") capitalises words that are not the defined terms: only sentences are compared.
const isHeading = (text: string) => !/[.;:,]$|\b(?:and|or)$/.test(text.trim()) && text.split(/\s+/).length < 15;

/**
 * Provisions whose Chinese renders a defined term otherwise than the definitions do: the English uses
 * the term, the Chinese beside it lacks its rendering and says either another defined term the
 * English does not use there (披露方 where the English says Receiving Party) or a near form of the
 * rendering (机密信息 for 保密信息). A Chinese that leaves the term to a pronoun (其, 该方) says
 * nothing else and is not reported.
 */
export function termMismatches(pairs: readonly LanguagePair[], terms: readonly TermRendering[]): TermMismatch[] {
  const checked = terms.filter((t) => t.zh.length >= CHECKED);
  if (checked.length === 0) return [];
  const out: TermMismatch[] = [];
  const english = new Map(terms.map((t) => [t, new RegExp(`\\b${escapeRegExp(t.en)}\\b`, 'g')]));
  for (const pair of pairs) {
    if (isHeading(pair.en.text)) continue;
    const inEnglish = termsUsed(pair.en.text, english);
    const { used: inChinese, rest } = renderingsUsed(pair.zh.text, terms);
    for (const term of checked) {
      if (!inEnglish.has(term) || inChinese.has(term)) continue;
      const other = checked.find((t) => inChinese.has(t) && !inEnglish.has(t));
      if (other) out.push({ pair, term, found: other.zh, other: other.en });
      else {
        const near = nearForm(rest, term.zh);
        if (near) out.push({ pair, term, found: near });
      }
    }
  }
  return out;
}
