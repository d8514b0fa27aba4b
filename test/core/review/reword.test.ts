// A review keeps the messages its findings were worded from, so switching the language re-words it
// without reading or reviewing the document again: the re-worded review must say exactly what a review
// run in that language says, over real drafts in English and Chinese.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocModel } from '../../../src/core/document';
import type { ReviewResult } from '../../../src/core/findings';
import type { Locale } from '../../../src/core/i18n';
import { fromText, review, reword, type Playbooks } from '../../../src/core/review';
import { rolesOf } from '../../../src/core/scenarios';
import { readDocx } from '../../../src/io';
import { corpusBytes, corpusFiles, skipMessage } from '../../io/corpus';
import { realLibrary } from '../agreement/real-library';

const LIBRARY = realLibrary();
const PLAYBOOKS: Playbooks = Object.fromEntries(LIBRARY.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));
const REAL_DRAFTS = path.resolve(__dirname, '../../../../shared/corpus/realdrafts-dev/docs');
const FIXTURES = path.resolve(__dirname, '../../fixtures');

function textsIn(dir: string): [string, string][] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]) : [];
}

async function drafts(): Promise<[string, DocModel][]> {
  const docx = corpusFiles().filter((f) => f.startsWith('contract_'));
  const read = await Promise.all(docx.map(async (f): Promise<[string, DocModel]> => [f, await readDocx(corpusBytes(f))]));
  const texts = [...textsIn(REAL_DRAFTS), ...textsIn(path.join(FIXTURES, 'review/drafts')), ...textsIn(path.join(FIXTURES, 'zh'))];
  return [...read, ...texts.map(([f, text]): [string, DocModel] => [f, fromText(text)])];
}

/** What the reader sees of a review: its reason and each finding's title and why. */
const seen = (r: ReviewResult) => ({ reason: r.scenarioReason, findings: r.findings.map((f) => ({ id: f.id, message: f.message, why: f.why })) });

function reviewed(doc: DocModel, locale: Locale, side: 0 | 1): ReviewResult {
  return review(doc, { library: LIBRARY, playbooks: PLAYBOOKS, locale, roleFor: (s) => rolesOf(s)[side] });
}

describe('re-wording a review in another language', () => {
  let all: [string, DocModel][] = [];
  beforeAll(async () => {
    skipMessage();
    all = await drafts();
  });

  it('says what a review in that language says, for every finding of every draft, both ways', () => {
    const rules = new Set<string>();
    let phrased = 0;
    for (const [name, doc] of all) {
      for (const side of [0, 1] as const) {
        const en = reviewed(doc, 'en', side);
        const zh = reviewed(doc, 'zh-CN', side);
        // Through JSON, as the worker, the command line and the saved session pass it on.
        const kept: ReviewResult = JSON.parse(JSON.stringify(en));
        expect({ name, ...seen(reword(kept, 'zh-CN')) }).toEqual({ name, ...seen(zh) });
        expect({ name, ...seen(reword(zh, 'en')) }).toEqual({ name, ...seen(en) });
        for (const f of en.findings) {
          rules.add(f.rule);
          if (Object.values(f.wording?.message.params ?? {}).some((p) => typeof p === 'object')) phrased++;
        }
      }
    }
    // Not a vacuous pass: many rules, and findings whose words quote or list the draft's own words.
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(rules.size).toBeGreaterThanOrEqual(40);
    expect(phrased).toBeGreaterThan(10);
  }, 240_000);

  it('puts quotes, lists and counts in the reader\'s language', () => {
    const text = [
      'MUTUAL NON-DISCLOSURE AGREEMENT',
      '1. Each Party shall return the Confidential Information promptly after the Disclosing Party asks, and shall destroy all copies and/or extracts within a reasonable time.',
      '2. The Recipient shall use commercially reasonable efforts and best efforts to keep the information secret, and shall notify the Discloser as soon as practicable of any loss.',
    ].join('\n\n');
    const en = review(fromText(text), { library: LIBRARY, playbooks: PLAYBOOKS, locale: 'en' });
    const zh = reword(en, 'zh-CN');
    const vague = (r: ReviewResult) => r.findings.find((f) => f.rule === 'drafting.vague-time');
    expect(vague(en)?.message).toMatch(/"promptly"/);
    expect(vague(zh)?.message).toMatch(/“promptly”/);
    expect(vague(zh)?.message).not.toMatch(/"promptly"/);
    expect(zh.scenarioReason).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(en.scenarioReason).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
