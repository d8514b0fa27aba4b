import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromText, review } from '../../src/core/review';
import { perform } from '../../src/taskpane/shared/work/perform';
import { parseSettings } from '../../src/taskpane/shared/settings';
import { makeDocx, para } from '../fixtures/io/make-docx';

/** The work the page hands to its worker, run here directly: the same answers as reading and reviewing in place. */
const draft = readFileSync(path.join(__dirname, '..', '..', 'src', 'workspace', 'sample', 'joint-development-draft.txt'), 'utf8');

describe('work done off the page', () => {
  it('reads a .docx from a file and refuses an empty .txt with its reason', async () => {
    const docx = await makeDocx({ body: para('The Evaluator shall return or destroy all Samples within thirty (30) days after termination.') });
    const read = await perform({ kind: 'read', file: new Blob([docx.slice().buffer]), text: false });
    expect(read.kind === 'read' && read.doc.paragraphs.map((p) => p.text)).toEqual(['The Evaluator shall return or destroy all Samples within thirty (30) days after termination.']);
    expect(await perform({ kind: 'read', file: new Blob([]), text: true })).toEqual({ kind: 'refused', refusal: { code: 'text-empty', params: {} } });
  });

  it('reviews as the page did, taking the side for the deal once it is known', async () => {
    const doc = fromText(draft);
    const direct = review(doc, { locale: 'en', roleFor: () => 'technology-owner' });
    const reply = await perform({ kind: 'review', doc, locale: 'en', sides: { [direct.scenario!]: 'technology-owner' } });
    expect(reply.kind === 'review' && reply.result).toEqual(direct);
  });

  it('runs the opt-in rules the user switched on in Settings, and keeps only known ones from storage', async () => {
    const doc = fromText(`${draft}\nThis Agreement shall be governed by the laws of Singapore.`);
    const rules = async (enabled?: string[]) => {
      const reply = await perform({ kind: 'review', doc, locale: 'en', ...(enabled ? { enabled } : {}) });
      return reply.kind === 'review' ? reply.result.findings.map((f) => f.rule) : [];
    };
    expect(await rules()).not.toContain('drafting.shall-style');
    expect(await rules(['drafting.shall-style'])).toContain('drafting.shall-style');
    expect(parseSettings({ enabledRules: ['drafting.shall-style', 'no-such-rule', 3] }).enabledRules).toEqual(['drafting.shall-style']);
  });
});
