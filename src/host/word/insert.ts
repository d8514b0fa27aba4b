import type { RenderedTerms } from '../../core/agreement/rendered';
import type { HostCapabilities, HostResult, InsertReport, InsertWhere } from '../types';
import { parseClauseTag } from '../../core/agreement/tag';
import type { WordApi, WordContext, WParagraph } from './api';
import { failed, ok, refused, wordError } from './errors';
import { endsInSlot, ooxmlBlocks, sentSize, STRINGS_BUDGET } from './ooxml';
import { insertParagraphs } from './insert-paragraphs';
import { type InsertPlan, insertedTexts, planInsert } from './plan';
import { recordsXml } from './records';
import { removeInserted } from './rollback';

export { insertedTexts, planInsert } from './plan';

/**
 * Inserts the agreement where asked: the first round trip reads where, the rest insert it. A
 * cursor inside one of our clauses inserts after that clause, never inside it.
 *
 * The agreement goes in as Office Open XML blocks of at most ~14 KB each, one round trip each
 * (see ooxml.ts), so every request stays small however long the agreement and Word gets each
 * clause whole, with its control, styles and indents. Where Word declines OOXML, the same
 * agreement goes in paragraph by paragraph instead (insert-paragraphs.ts). If Word fails part-way,
 * the paragraphs that did go in are removed again (see rollback.ts).
 */
export async function insertClauses(
  api: WordApi,
  caps: HostCapabilities,
  terms: RenderedTerms,
  where: InsertWhere,
  zh?: RenderedTerms,
): Promise<HostResult<InsertReport>> {
  if (!caps.insert) return failed({ key: 'host.limit.api13' });
  // Paragraph.insertTable is WordApi 1.3, asked of Word at run time like every other set.
  const plan = planInsert(terms, { tables: caps.apiSets['1.3'], ...(zh ? { zh } : {}) });
  const texts = insertedTexts(plan);
  const seen: { before: string[] | null } = { before: null };
  const report = { clauses: terms.clauses.length, paragraphs: plan.paragraphs.length, recorded: caps.recordValues };
  const done = () => ok(report, caps.recordValues ? [] : [{ key: 'host.note.notRecorded' }]);
  try {
    await api.run((ctx) => insertBlocks(ctx, caps, terms, plan, where, seen));
    return done();
  } catch (err) {
    if (seen.before === null) return failed(wordError(err));
    const undone = await removeInserted(api, seen.before, texts, { slot: true });
    if (!refused(err) || !['host.done.nothing', 'host.done.rolledBack'].includes(undone.key)) {
      return failed(wordError(err), [undone]);
    }
  }
  seen.before = null;
  try {
    await api.run(async (ctx) => insertParagraphs(ctx, caps, terms, plan, await locate(ctx, where, seen)));
    return done();
  } catch (err) {
    if (seen.before === null) return failed(wordError(err));
    return failed(wordError(err), [await removeInserted(api, seen.before, texts)]);
  }
}

export interface Anchor {
  /** The paragraph the agreement goes after. */
  anchor: WParagraph;
  /** Whether it is the last paragraph of one of our clauses (then nothing needs detaching). */
  inOurClause: boolean;
  /** Whether the paragraph the cursor is in (or the last) is a list item. */
  listItem: boolean;
}

/** The first round trip: the body's texts (to undo a failure by) and where to insert. */
export async function locate(ctx: WordContext, where: InsertWhere, seen: { before: string[] | null }): Promise<Anchor> {
  const doc = ctx.document;
  const paragraphs = doc.body.paragraphs;
  paragraphs.load('items/text');
  const at = where === 'end' ? doc.body.paragraphs.getLast() : doc.getSelection().paragraphs.getLast();
  at.load('isListItem');
  const owner = where === 'cursor' ? at.parentContentControlOrNullObject : null;
  owner?.load('tag');
  await ctx.sync();
  const inOurClause = Boolean(owner && !owner.isNullObject && parseClauseTag(owner.tag));
  seen.before = paragraphs.items.map((p) => p.text);
  return { anchor: inOurClause && owner ? owner.paragraphs.getLast() : at, inOurClause, listItem: at.isListItem };
}

/**
 * One plain paragraph after the anchor (outside the control when the anchor ends one, as Word
 * puts it: office-js#3176), then each block inserted at its start in a round trip of its own; the
 * clause records go last, so a failure never leaves records of clauses the recovery removes. Headings carry their own "no numbering", so a template that numbers Heading
 * 1 costs no further round trip.
 */
async function insertBlocks(
  ctx: WordContext,
  caps: HostCapabilities,
  terms: RenderedTerms,
  plan: InsertPlan,
  where: InsertWhere,
  seen: { before: string[] | null },
): Promise<void> {
  const { anchor, inOurClause, listItem } = await locate(ctx, where, seen);
  const blocks = ooxmlBlocks(plan, terms.clauses);
  const slot = anchor.insertParagraph('', 'After');
  slot.styleBuiltIn = 'Normal';
  slot.leftIndent = 0;
  slot.firstLineIndent = 0;
  if (!inOurClause && listItem) slot.detachFromList();
  slot.load('isLastParagraph');
  const records = caps.recordValues ? recordsXml(terms.clauses) : null;
  // The records ride with the last block when both fit one request, else they take one more.
  const apart = records !== null && sentSize(blocks.at(-1)!) + sentSize(records) > STRINGS_BUDGET;
  // Where the agreement ends in a clause or a table, the plain paragraph the blocks went into is
  // left empty after it: it goes, unless it is the body's last paragraph, which Word keeps.
  const leftEmpty = !endsInSlot(plan);
  let removed = false;
  for (const [i, block] of blocks.entries()) {
    slot.insertOoxml(block, 'Start');
    if (i === blocks.length - 1) {
      if (records) {
        if (apart) await ctx.sync();
        ctx.document.customXmlParts.add(records);
      }
      if (leftEmpty && i > 0 && !slot.isLastParagraph) {
        slot.getRange('Whole').delete();
        removed = true;
      }
    }
    await ctx.sync();
  }
  if (leftEmpty && !removed && !slot.isLastParagraph) {
    slot.getRange('Whole').delete();
    await ctx.sync();
  }
}
