import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocModel } from '../../../src/core/document';
import { readDocx } from '../../../src/io';
import { createWordHost } from '../../../src/host/word';
import { FakeWord, type ParagraphSeed } from '../../support/fakeWord';

// Real .docx files as io reads them, put into the fake Word as Word would hold them: the host must
// read back the same paragraphs, tables and controls, so review offsets mean the same in both.
const DIR = path.resolve(__dirname, '../../../../shared/corpus/docx');
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.docx')).sort() : [];
if (files.length === 0) console.log(`host corpus test skipped: ${DIR} not found`);

/** Word reports the innermost cell and its nesting depth; io numbers tables, nested ones included. */
function seedsOf(model: DocModel): ParagraphSeed[] {
  const open: number[] = [];
  return model.paragraphs.map((p) => {
    const seed: ParagraphSeed = { text: p.text, style: p.style, list: p.listLabel ? { label: p.listLabel } : undefined };
    if (!p.table) open.length = 0;
    else {
      const at = open.indexOf(p.table.table);
      if (at >= 0) open.length = at + 1;
      else open.push(p.table.table);
      seed.table = { row: p.table.row, cell: p.table.cell, nesting: open.length };
    }
    return seed;
  });
}

const cases = files.length > 0 ? files : ['(corpus absent)'];

describe.each(cases)('%s', (file) => {
  (files.length > 0 ? it : it.skip)('reads back as io read it', async () => {
    const model = await readDocx(new Uint8Array(readFileSync(path.join(DIR, file))));
    const word = new FakeWord(seedsOf(model));
    let run: { tag?: string; title?: string } | undefined;
    model.paragraphs.forEach((p, i) => {
      const id = word.doc.paragraphs[i]!.id;
      if (p.contentControl && p.contentControl === run) word.doc.controls[word.doc.controls.length - 1]!.last = id;
      else if (p.contentControl) Object.assign(word.doc.addControl({ kind: 'paras', first: id, last: id }), { tag: p.contentControl.tag ?? '', title: p.contentControl.title ?? '' });
      run = p.contentControl;
    });
    const result = await createWordHost(word.api, 'en').readDocument();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // io counts a table whose rows were all deleted as tracked changes (Word would still show
    // them), so tables are compared by the order in which they appear, not by raw number.
    const pick = (ps: DocModel['paragraphs']) => {
      const order = new Map<number, number>();
      return ps.map((p) => {
        if (p.table && !order.has(p.table.table)) order.set(p.table.table, order.size);
        const table = p.table && { ...p.table, table: order.get(p.table.table) };
        const heading = /^Heading [1-9]$/.test(p.style ?? '') ? p.headingLevel : undefined;
        return { text: p.text, listLabel: p.listLabel, table, contentControl: p.contentControl, heading };
      });
    };
    expect(pick(result.value.paragraphs)).toEqual(pick(model.paragraphs));
  });
});
