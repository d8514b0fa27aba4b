import type { DocModel } from '../document';
import type { Section, Segments } from '../review';
import { dealsWithLaw, type LawTopic } from '../review/topics/law-topics';
import type { ParagraphSpan } from './clause-span';

/** Characters of one paragraph, start to end, and the text they hold (for a host to find them by). */
export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** What a fix takes out of the clause it fixes, where it leaves part of it standing. */
export interface PartReplaced {
  /** The passages the fix replaces, each within one paragraph, in document order. */
  deleted: TextRange[];
  /** The subjects of the clause's heading the fix leaves alone ("Usage Data"). */
  keeps: string[];
}

/** Words that join a heading's subjects or carry no subject of their own. */
const JOINS = /[,;&]|\band\b/i;
const FILLER = new Set(['of', 'the', 'to', 'for', 'on', 'in', 'a', 'an', 'or']);

/**
 * Terms a clause often puts together that stay separate: a fix for one never deletes the other
 * (a choice of law replaced keeps the courts the draft chose, which other clauses cite).
 */
const SEPARATE: Partial<Record<string, readonly LawTopic[]>> = {
  'governing-law': ['dispute-resolution'],
  'dispute-resolution': ['governing-law'],
};

type Side = 'ours' | 'theirs';

/**
 * What a fix leaves of the clause it replaces, where the clause deals with more than the fix: its
 * heading names several subjects ("Feedback and Usage Data", "Feedback, Usage Data and Publicity") and the fix's title one, or a sentence
 * deals only with a term kept apart from the fix's (the courts, beside a governing law). The fix
 * then replaces only the sentences on its own subject; the heading and the rest stay, so a
 * redline never deletes terms it does not replace. A sentence that names neither subject
 * ("However, …") goes with the one before it. Where no sentence can be told apart, nothing is
 * deleted. Undefined where the fix replaces the whole clause.
 */
export function partReplaced(doc: DocModel, { sections, sentences }: Segments, span: ParagraphSpan, fix: { title: string; topic: string }): PartReplaced | undefined {
  const inSpan = sentences.filter((s) => s.paragraph >= span.first && s.paragraph <= span.last);
  const heading = headingOf(sections.find((s) => s.paragraph === span.first), inSpan[0]?.paragraph === span.first ? inSpan[0].text : undefined);
  // A Chinese heading of several subjects none of which the fix's title names in its words: which
  // sentences are the fix's cannot be told, so none go and the fix follows the clause.
  const zh = heading && CHINESE.test(heading) ? headingSubjects(heading) : [];
  if (zh.length > 1 && !zh.some((s) => coversSubject(fix.title, s))) return { deleted: [], keeps: zh };
  const bySubject = heading ? subjectSides(heading, fix.title) : undefined;
  const apart = SEPARATE[fix.topic] ?? [];
  const keeps = new Set<string>();
  const sideOf = (text: string): Side | undefined => {
    const side = bySubject?.side(text);
    if (side) {
      if (side === 'theirs') bySubject!.others.forEach((o) => keeps.add(o));
      return side;
    }
    if (apart.length === 0) return undefined;
    // Only a topic of law keeps another apart, so the fix's topic is one too.
    if (dealsWithLaw(text, fix.topic as LawTopic)) return 'ours';
    const other = apart.find((t) => dealsWithLaw(text, t));
    if (other) keeps.add(other);
    return other ? 'theirs' : undefined;
  };
  const deleted: TextRange[] = [];
  let last: Side = 'ours';
  inSpan.forEach((s, i) => {
    // The heading itself, run in or on a line of its own, stays as the clause's title.
    if (i === 0 && heading && s.paragraph === span.first && isHeading(s.text, heading)) return;
    last = sideOf(s.text) ?? last;
    if (last === 'theirs') return;
    const next = inSpan[i + 1];
    const end = next && next.paragraph === s.paragraph ? next.start : (doc.paragraphs[s.paragraph]?.text.length ?? s.end);
    const prev = deleted[deleted.length - 1];
    if (prev && prev.paragraph === s.paragraph && prev.end === s.start) prev.end = end;
    else deleted.push({ paragraph: s.paragraph, start: s.start, end, text: '' });
  });
  for (const r of deleted) r.text = doc.paragraphs[r.paragraph]?.text.slice(r.start, r.end) ?? '';
  // The heading names a subject the fix does not cover, yet no sentence could be told to be on it
  // (one sentence lists both duties, "use only for the Purpose; … protect it"): deleting would take
  // that subject's terms too, so nothing goes and the fix follows the clause.
  if (bySubject && keeps.size === 0) return { deleted: [], keeps: bySubject.others };
  return keeps.size > 0 && deleted.length > 0 ? { deleted, keeps: [...keeps] } : undefined;
}

/** Sides by the heading's subjects, where it names one the fix's title covers and one or more it does not. */
function subjectSides(heading: string, fixTitle: string): { others: string[]; side: (text: string) => Side | undefined } | undefined {
  const subjects = headingSubjects(heading);
  const covered = subjects.filter((s) => coversSubject(fixTitle, s));
  const others = subjects.filter((s) => !covered.includes(s));
  if (covered.length === 0 || others.length === 0) return undefined;
  const ours = covered.map(subjectPattern);
  const theirs = others.map(subjectPattern);
  return { others, side: (text) => (ours.some((r) => r.test(text)) ? 'ours' : theirs.some((r) => r.test(text)) ? 'theirs' : undefined) };
}

/** Whether a fix's title covers one of a heading's subjects ("Usage Data" covers "Usage Data"; "Feedback" does not). */
export function coversSubject(fixTitle: string, subject: string): boolean {
  if (CHINESE.test(subject)) return fixTitle.includes(subject) || subject.includes(fixTitle);
  const title = words(fixTitle);
  return within(words(subject), title) || within(title, words(subject));
}

/**
 * A title: a few capitalised words ("Governing Law and Chosen Courts"), joined by small ones or, in
 * a list of three or more subjects, by commas ("Feedback, Usage Data, and Publicity").
 */
const TITLE = /^(?:[\d.()]+\s+)?([A-Z][A-Za-z'’-]*(?:,?\s+(?:[A-Z][A-Za-z'’-]*|of|and|or|the|to|in|for|on|&)){0,9})[.:]?$/;

/** A Chinese title of a few subjects, listed with enumeration commas ("反馈、使用数据和宣传"). */
const TITLE_ZH = /^(?:[\d.()]{1,12}\s{0,4})?([\u4e00-\u9fff]{1,12}(?:[、，,][\u4e00-\u9fff]{1,12}){0,6})[。.:：]?$/;
const CHINESE = /[\u4e00-\u9fff]/;
/** What joins a Chinese heading's last two subjects ("使用数据和宣传"), where each side has a word of two characters or more. */
const JOINS_ZH = /(?<=[\u4e00-\u9fff]{2})(?:以及|和|及|与)(?=[\u4e00-\u9fff]{2})/;

/** The clause's heading: the section's own where it is a title, else its first sentence where that is one. */
function headingOf(section: Section | undefined, first: string | undefined): string | undefined {
  for (const candidate of [section?.heading, first]) {
    const m = candidate && (TITLE.exec(candidate.trim()) ?? TITLE_ZH.exec(candidate.trim()));
    if (m) return m[1];
  }
  return undefined;
}

/** The subjects a clause's heading names: "Feedback and Usage Data" gives both, "Audit, Records and Reports" all three. */
function headingSubjects(heading: string): string[] {
  if (CHINESE.test(heading))
    return heading
      .split(/[、，,]/)
      .flatMap((s) => s.split(JOINS_ZH))
      .filter(Boolean);
  return heading
    .split(JOINS)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !FILLER.has(w))
    .map((w) => w.replace(/s$/, ''));
}

const within = (a: string[], b: string[]): boolean => a.length > 0 && a.every((w) => b.includes(w));

/** A subject as a sentence names it: its words in order, singular or plural ("Chosen Court"). */
function subjectPattern(subject: string): RegExp {
  if (CHINESE.test(subject)) return new RegExp(subject);
  const parts = subject.split(/\s+/).map((w) => w.replace(/[^A-Za-z]/g, '').replace(/s$/i, '')).filter(Boolean);
  return new RegExp(`\\b${parts.map((w) => `${w}(?:s|es)?`).join('\\s+')}\\b`, 'i');
}

/** Whether a sentence is the clause's heading: its words and at most a label and a full stop. */
function isHeading(sentence: string, heading: string): boolean {
  const rest = sentence.replace(heading, '').replace(/^[\s\d.()]*/, '');
  return sentence.includes(heading) && /^[.:。：\s]*$/.test(rest);
}
