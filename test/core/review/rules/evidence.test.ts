import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../../../src/core/review/rules';
import { buildContext } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import { DRAFT } from './draft';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/cuad-dev/text');

/** Every quote is the paragraph's text at its offsets, so the host can highlight it. */
function checkQuotes(text: string): number {
  const { ctx } = buildContext(fromText(text));
  let quotes = 0;
  for (const rule of RULES) {
    for (const f of rule(ctx)) {
      for (const e of f.evidence) {
        expect(ctx.doc.paragraphs[e.paragraph]!.text.slice(e.start, e.end)).toBe(e.text);
        quotes++;
      }
    }
  }
  return quotes;
}

describe('evidence offsets', () => {
  it('match the quoted text in the draft', () => {
    expect(checkQuotes(DRAFT)).toBeGreaterThan(10);
  });

  const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).sort().slice(0, 12) : [];
  if (corpus.length === 0) {
    it.skip('match the quoted text in real contracts (../shared/corpus is absent)', () => undefined);
  } else {
    it('match the quoted text in real contracts', () => {
      let quotes = 0;
      for (const f of corpus) quotes += checkQuotes(readFileSync(path.join(CORPUS, f), 'utf8'));
      expect(quotes).toBeGreaterThan(50);
    });
  }
});
