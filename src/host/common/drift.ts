import { diffChars, diffWords } from 'diff';
import type { DiffPart, DriftEntry, PlacedClause, RenderClause } from '../types';
import type { ClauseRecord, ClauseRecords } from '../../core/agreement/records';
import { fingerprint, LABEL, normalizeText } from '../../core/agreement/fingerprint';
import { hasCjk } from '../../core/review/zh/cjk';

/** Clause wording with numbering and layout taken out, so only the words are compared. */
function wording(lines: readonly string[]): string {
  return normalizeText(lines.map((l) => normalizeText(l).replace(LABEL, '')).join(' '));
}

/** The changes from one wording to the other: by word in English, by character in Chinese, which has no spaces between words. */
function toParts(from: string, to: string, chinese: boolean): DiffPart[] {
  return (chinese ? diffChars(from, to) : diffWords(from, to)).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

/**
 * Compares each recorded clause with the document: the placed clause's paragraphs after its heading
 * against the library text rendered with the recorded values.
 */
export function compareClauses(placed: readonly PlacedClause[], records: ClauseRecords, render: RenderClause): DriftEntry[] {
  const entries: DriftEntry[] = [];
  const seen = new Set<string>();
  for (const p of placed) {
    seen.add(p.tag);
    const base = { tag: p.tag, clauseId: p.clauseId, variantId: p.variantId, title: p.title, located: p.located };
    const lost = p.located === 'fingerprint' ? { note: { key: 'host.drift.controlLost' as const } } : {};
    const record = records[p.tag];
    if (!record) {
      entries.push({ ...base, status: 'unverifiable', note: { key: 'host.drift.notRecorded' } });
      continue;
    }
    // A bilingual agreement holds each paragraph's Chinese after it, and the record is of the English;
    // a clause built in Chinese alone (its heading is Chinese) is recorded with its Chinese values and
    // compared in Chinese, a line naming a party in Latin letters included.
    const all = p.text.split('\n');
    const chinese = hasCjk(all[0] ?? '');
    const lines = chinese ? all : all.filter((line) => !hasCjk(line));
    let library: string;
    try {
      library = render(record.clauseId, record.variantId, record.values, chinese ? 'zh' : 'en');
    } catch {
      // The library cannot render it (the definitions clause, or a clause since withdrawn): compare
      // with what was inserted, by fingerprint, without a word diff.
      const same = lines.map(fingerprint).join() === record.fingerprints.join();
      entries.push(same ? { ...base, status: 'unchanged', ...lost } : { ...base, status: 'edited', note: { key: 'host.drift.renderFailed' } });
      continue;
    }
    const expected = wording(library.split(/\n+/));
    const actual = wording(lines.slice(1));
    if (expected === actual) entries.push({ ...base, status: 'unchanged', ...lost });
    else entries.push({ ...base, status: 'edited', diff: toParts(expected, actual, chinese), ...lost });
  }
  // A fix proposed as a tracked change and rejected never became part of the draft: not "removed".
  for (const [tag, r] of Object.entries(records)) {
    if (!seen.has(tag) && !r.proposed) entries.push({ tag, clauseId: r.clauseId, variantId: r.variantId, title: r.title, status: 'removed' });
  }
  return entries;
}

/**
 * Finds a recorded clause whose control is gone by its paragraph fingerprints: the first document
 * paragraph matching any recorded paragraph fixes where the clause starts, and the clause is taken
 * to run as many paragraphs as were inserted. Null when none of its paragraphs is left.
 */
export function locateByFingerprint(texts: readonly string[], record: ClauseRecord, skip: ReadonlySet<number>): number[] | null {
  const wanted = new Map(record.fingerprints.map((f, k) => [f, k]));
  for (let i = 0; i < texts.length; i++) {
    if (skip.has(i)) continue;
    const k = wanted.get(fingerprint(texts[i]!));
    if (k === undefined || texts[i]!.trim() === '') continue;
    const start = Math.max(0, i - k);
    const end = Math.min(texts.length, start + record.fingerprints.length);
    const span: number[] = [];
    for (let j = start; j < end; j++) if (!skip.has(j)) span.push(j);
    return span;
  }
  return null;
}
