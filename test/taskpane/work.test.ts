import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromText, review } from '../../src/core/review';
import { perform } from '../../src/taskpane/shared/work/perform';
import { parseSettings } from '../../src/taskpane/shared/settings';
import { makeDocx, para } from '../fixtures/io/make-docx';
import { loadLibraryDir } from '../../src/cli/library-files';
import type { Playbooks } from '../../src/core/review';
import { reviewPart } from '../../src/taskpane/shared/work/reviewPart';
import { COUNTRY_CODES } from '../../src/core/review/places';
import { t } from '../../src/core/i18n';
import { ESTABLISHED_CHOICES, establishedKey } from '../../src/taskpane/settings/established';

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
    expect(reply.kind === 'review' && reply.result.findings).toEqual(direct.findings);
    expect(reply.kind === 'review' && { ...reply.result, findings: [], topics: [] }).toEqual({ ...direct, findings: [], topics: [] });
    // Which topics the draft covers comes back; the passages they were found in stay in the worker.
    expect(reply.kind === 'review' && reply.result.topics).toEqual(direct.topics.map((tp) => ({ id: tp.id, present: tp.present, evidence: [] })));
    expect(direct.topics.some((tp) => tp.evidence.length > 0)).toBe(true);
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

  it('passes where our company is established (Settings) to the review, for a draft that does not say where our party is', async () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in library does not load');
    // Our party's seat is not stated; theirs is in Germany, and technical data changes hands.
    const doc = fromText(
      [
        'This Evaluation Agreement is made between Hexi Energy Co., Ltd. (the "Provider") and Nordlicht Systeme GmbH, a company organised under the laws of Germany (the "Evaluator").',
        'The Provider shall deliver twenty prototype battery cells and the technical data describing them to the Evaluator for testing.',
      ].join('\n'),
    );
    const exportControl = async (established: string) => {
      const settings = parseSettings({ established });
      const reply = await perform({
        kind: 'review',
        doc,
        locale: 'en',
        scenario: 'sample-testing',
        role: 'provider',
        library: reviewPart(loaded.library),
        ...(settings.established ? { established: settings.established } : {}),
      });
      return reply.kind === 'review' ? reply.result.findings.filter((f) => f.topic === 'export-control').map((f) => f.rule) : [];
    };
    // Established in China by default, the deal with a German company crosses a border; in Germany it does not.
    expect(await exportControl('')).toEqual(['missing']);
    expect(await exportControl('DE')).toEqual([]);
    // A stored code the review does not know falls back to the default.
    expect(parseSettings({ established: 'Germany' }).established).toBe('');
    expect(await exportControl('Germany')).toEqual(['missing']);
  });

  it('reviews with the part of the library the worker is sent as with the whole library', async () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in library does not load');
    const playbooks = Object.fromEntries(loaded.library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;
    const doc = fromText(draft);
    const whole = review(doc, { locale: 'en', library: loaded.library, playbooks, scenario: 'joint-development', role: 'technology-owner' });
    const reply = await perform({ kind: 'review', doc, locale: 'en', library: reviewPart(loaded.library), scenario: 'joint-development', role: 'technology-owner' });
    expect(whole.findings.some((f) => f.fix)).toBe(true);
    expect(reply.kind === 'review' && reply.result.findings).toEqual(whole.findings);
    // One part per library: a worker that has it is not sent it again.
    expect(reviewPart(loaded.library)).toBe(reviewPart(loaded.library));
  });

  it('offers places the review knows, each named in both languages', () => {
    for (const code of ESTABLISHED_CHOICES) {
      expect(COUNTRY_CODES).toContain(code);
      const key = establishedKey(code)!;
      expect(t('en', key)).not.toBe(key);
      expect(t('zh-CN', key)).not.toBe(t('en', key));
    }
  });
});
