import type { DocModel } from '../../core/document';
import { parseClauseTag } from '../../core/agreement/tag';
import type { PlacedClause } from '../types';
import { locateByFingerprint } from './drift';
import type { ClauseRecords } from '../../core/agreement/records';

/**
 * Our clauses in a read document: each run of paragraphs inside a control with our tag, then, for
 * every recorded clause with no control left, its paragraphs found by fingerprint.
 */
export function placeClauses(doc: DocModel, records: ClauseRecords): PlacedClause[] {
  const placed: PlacedClause[] = [];
  const taken = new Set<number>();
  let current: PlacedClause | null = null;
  for (const p of doc.paragraphs) {
    const tag = p.contentControl?.tag;
    const parsed = parseClauseTag(tag);
    if (!parsed || !tag) {
      current = null;
      continue;
    }
    if (!current || current.tag !== tag) {
      current = {
        tag,
        clauseId: parsed.clauseId,
        variantId: parsed.variantId,
        version: parsed.version,
        title: p.contentControl?.title ?? records[tag]?.title ?? parsed.clauseId,
        paragraphs: [],
        text: '',
        located: 'control',
      };
      placed.push(current);
    }
    current.paragraphs.push(p.index);
    taken.add(p.index);
  }
  const texts = doc.paragraphs.map((p) => p.text);
  const found = new Set(placed.map((c) => c.tag));
  for (const [tag, record] of Object.entries(records)) {
    if (found.has(tag)) continue;
    const span = locateByFingerprint(texts, record, taken);
    if (!span || span.length === 0) continue;
    span.forEach((i) => taken.add(i));
    placed.push({
      tag,
      clauseId: record.clauseId,
      variantId: record.variantId,
      version: record.version,
      title: record.title,
      paragraphs: span,
      text: '',
      located: 'fingerprint',
    });
  }
  for (const c of placed) c.text = c.paragraphs.map((i) => texts[i]).join('\n');
  return placed.sort((a, b) => (a.paragraphs[0] ?? 0) - (b.paragraphs[0] ?? 0));
}
