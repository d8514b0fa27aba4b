import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/findings';
import type { DocModel } from '../../src/core/document';
import { countBySeverity, groupByTopic } from '../../src/taskpane/review/group';
import { documentKey } from '../../src/core/documentKey';
import { parseDismissed } from '../../src/taskpane/review/dismissals';
import { legacyFingerprint } from '../../src/taskpane/review/documentKeys';
import { memoryStorage } from '../support/memoryStorage';

const finding = (id: string, topic: Finding['topic'], severity: Finding['severity'], paragraph: number, text: string): Finding => ({
  id,
  rule: `rule-${id}`,
  topic,
  severity,
  kind: 'ambiguous',
  message: `Finding ${id}`,
  why: 'Each co-owner may exploit the results without the consent of the other under US law.',
  evidence: [{ paragraph, start: 0, end: text.length, text }],
});

const findings = [
  finding('a', 'return-or-destroy', 'medium', 40, 'each Party shall return or destroy the Confidential Information'),
  finding('b', 'joint-ownership', 'high', 25, 'All Results shall be jointly owned by the Parties.'),
  finding('c', 'return-or-destroy', 'high', 41, 'and Samples of the other Party'),
  finding('d', 'residuals', 'high', 31, 'retained in the unaided memory of its employees'),
  finding('e', 'governing-law', 'info', 44, 'governed by the laws of Germany'),
];

describe('review grouping', () => {
  it('counts findings by severity, zero for absent severities', () => {
    expect(countBySeverity(findings)).toEqual({ high: 3, medium: 1, low: 0, info: 1 });
  });

  it('puts the topics with high findings first, in topic order, and the worst finding first in each', () => {
    const groups = groupByTopic(findings);
    expect(groups.map((g) => g.topic)).toEqual(['joint-ownership', 'residuals', 'return-or-destroy', 'governing-law']);
    expect(groups[2]!.findings.map((f) => f.id)).toEqual(['c', 'a']);
    expect(groups[2]!.worst).toBe('high');
  });

  it('puts drafting points in a Drafting group of their own, not under the topic of their clause', () => {
    const andOr: Finding = { ...finding('f', 'confidentiality', 'low', 12, 'copies and/or extracts'), kind: 'drafting', rule: 'drafting.and-or' };
    const secret = { ...finding('g', 'confidentiality', 'low', 13, 'marked "Confidential"'), kind: 'one-sided' as const };
    const groups = groupByTopic([andOr, secret, ...findings]);
    expect(groups.map((g) => g.topic)).toEqual(['joint-ownership', 'residuals', 'return-or-destroy', 'confidentiality', 'drafting', 'governing-law']);
    expect(groups.find((g) => g.topic === 'drafting')!.findings.map((f) => f.id)).toEqual(['f']);
    expect(groups.find((g) => g.topic === 'confidentiality')!.findings.map((f) => f.id)).toEqual(['g']);
  });
});

/** Two drafts on one firm template: the same cover, contents and first six paragraphs, other parties and dates. */
function templateDraft(date: string, first: string, second: string): DocModel {
  const texts = [
    'MUTUAL NON-DISCLOSURE AGREEMENT',
    'CONTENTS',
    '1.\tDefinitions\t1',
    '2.\tConfidentiality Obligations\t2',
    '3.\tReturn of Confidential Information\t3',
    '4.\tGoverning Law\t3',
    `This Mutual Non-Disclosure Agreement (the "Agreement") is made on ${date} between ${first}, a company incorporated in England and Wales ("${first.split(' ')[0]}"), and ${second}, a company organised under the laws of Germany ("${second.split(' ')[0]}").`,
    '1. DEFINITIONS',
    '1.1 "Confidential Information" means all technical and commercial information disclosed by one Party to the other in connection with the Purpose.',
    '2. CONFIDENTIALITY OBLIGATIONS',
    '2.1 The Recipient shall keep the Confidential Information confidential and use it only for the Purpose.',
    '3. RETURN OF CONFIDENTIAL INFORMATION',
    "3.1 The Recipient shall return or destroy all Confidential Information within 30 days after the Discloser's written request.",
    '4. GOVERNING LAW',
    '4.1 This Agreement is governed by the laws of England and Wales.',
  ];
  return { paragraphs: texts.map((text, index) => ({ index, text })) };
}

describe('the key a document’s state is kept under', () => {
  const sample = readFileSync(path.resolve(__dirname, '../../src/workspace/sample/joint-development-draft.txt'), 'utf8');
  const doc: DocModel = { paragraphs: sample.split(/\n+/).filter(Boolean).map((text, index) => ({ index, text })) };
  const harwell = templateDraft('12 January 2026', 'Harwell Photonics Limited', 'Kestrel Sensor Systems GmbH');
  const fenwick = templateDraft('3 March 2026', 'Fenwick Biologics Limited', 'Lindqvist Medical GmbH');

  it('stays the same when the body is edited and changes with the parties', () => {
    const edited: DocModel = { paragraphs: doc.paragraphs.map((p) => (p.index === 30 ? { ...p, text: `${p.text} Amended.` } : p)) };
    expect(documentKey(edited)).toBe(documentKey(doc));
    const otherDeal: DocModel = { paragraphs: doc.paragraphs.map((p) => ({ ...p, text: p.text.replace(/Aurelia/g, 'Borealis') })) };
    expect(documentKey(otherDeal)).not.toBe(documentKey(doc));
  });

  it('tells apart two deals on one template, whose first six paragraphs were the same key before', () => {
    expect(legacyFingerprint(fenwick)).toBe(legacyFingerprint(harwell));
    expect(documentKey(fenwick)).not.toBe(documentKey(harwell));
    const renegotiated: DocModel = {
      paragraphs: harwell.paragraphs.map((p) => (p.text.startsWith('3.1 ') ? { ...p, text: p.text.replace('within 30 days', 'within 10 business days') } : p)),
    };
    expect(documentKey(renegotiated)).toBe(documentKey(harwell));
  });

  it('keeps the legacy key as earlier versions computed it (measured before the change)', () => {
    expect(legacyFingerprint(doc)).toBe('3txzpu');
  });

  it('accepts only a list of finding ids from storage', () => {
    expect(parseDismissed(['joint-ownership.jointly-owned.25'])).toEqual(['joint-ownership.jointly-owned.25']);
    expect(parseDismissed({ ids: [] })).toBeNull();
    expect(parseDismissed([3])).toBeNull();
  });
});

describe('state kept per document in the browser', () => {
  const store = memoryStorage();
  beforeEach(() => store.clear());

  const harwell = templateDraft('12 January 2026', 'Harwell Photonics Limited', 'Kestrel Sensor Systems GmbH');
  const fenwick = templateDraft('3 March 2026', 'Fenwick Biologics Limited', 'Lindqvist Medical GmbH');
  const dismissed = ['return-or-destroy.return-or-destroy-deadline-1a2b3c4d'];

  it('the side is remembered per document and read back, and a stored side that is no side of its deal is ignored', async () => {
    const { rememberSide, rememberedSide } = await import('../../src/taskpane/review/rememberedSide');
    rememberSide('doc-a', { scenario: 'technology-license', role: 'licensee' });
    expect(rememberedSide({ key: 'doc-a', legacy: 'old-a' })).toEqual({ scenario: 'technology-license', role: 'licensee' });
    expect(rememberedSide({ key: 'doc-b', legacy: 'old-b' })).toBeNull();
    store.set('clausewright.side.doc-c', JSON.stringify({ scenario: 'technology-license', role: 'provider' }));
    expect(rememberedSide({ key: 'doc-c', legacy: 'old-c' })).toBeNull();
  });

  it('dismissals of one deal are not shown on another deal on the same template, and survive edits to the body', async () => {
    const { dismissalKey, storedDismissals } = await import('../../src/taskpane/review/dismissals');
    const { documentKeys } = await import('../../src/taskpane/review/documentKeys');
    store.set(dismissalKey(documentKeys(harwell).key), JSON.stringify(dismissed));
    expect(storedDismissals(documentKeys(fenwick))).toEqual([]);
    const edited: DocModel = { paragraphs: harwell.paragraphs.map((p) => (p.text.startsWith('2.1 ') ? { ...p, text: `${p.text} The Recipient may disclose it to its professional advisers.` } : p)) };
    expect(storedDismissals(documentKeys(edited))).toEqual(dismissed);
  });

  it('what an earlier version stored under the template-wide key is read once, moved to the document’s own key', async () => {
    const { storedDismissals } = await import('../../src/taskpane/review/dismissals');
    const { rememberedSide } = await import('../../src/taskpane/review/rememberedSide');
    const { documentKeys } = await import('../../src/taskpane/review/documentKeys');
    const keys = documentKeys(harwell);
    store.set(`clausewright.dismissed.${keys.legacy}`, JSON.stringify(dismissed));
    store.set(`clausewright.side.${keys.legacy}`, JSON.stringify({ scenario: 'technology-license', role: 'licensee' }));
    expect(storedDismissals(keys)).toEqual(dismissed);
    expect(rememberedSide(keys)).toEqual({ scenario: 'technology-license', role: 'licensee' });
    expect(store.has(`clausewright.dismissed.${keys.legacy}`)).toBe(false);
    expect(JSON.parse(store.get(`clausewright.dismissed.${keys.key}`)!)).toEqual(dismissed);
    // The other deal on the template had the same old key: it does not inherit them.
    expect(storedDismissals(documentKeys(fenwick))).toEqual([]);
    expect(rememberedSide(documentKeys(fenwick))).toBeNull();
    expect(storedDismissals(keys)).toEqual(dismissed);
  });
});
