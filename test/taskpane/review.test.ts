import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/findings';
import type { DocModel } from '../../src/core/document';
import { countBySeverity, groupByTopic } from '../../src/taskpane/review/group';
import { documentFingerprint, parseDismissed } from '../../src/taskpane/review/dismissals';

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
});

describe('document fingerprint', () => {
  const sample = readFileSync(path.resolve(__dirname, '../../src/workspace/sample/joint-development-draft.txt'), 'utf8');
  const doc: DocModel = { paragraphs: sample.split(/\n+/).filter(Boolean).map((text, index) => ({ index, text })) };

  it('stays the same when the body is edited and changes with the parties', () => {
    const edited: DocModel = { paragraphs: doc.paragraphs.map((p) => (p.index === 30 ? { ...p, text: `${p.text} Amended.` } : p)) };
    expect(documentFingerprint(edited)).toBe(documentFingerprint(doc));
    const otherDeal: DocModel = { paragraphs: doc.paragraphs.map((p) => ({ ...p, text: p.text.replace(/Aurelia/g, 'Borealis') })) };
    expect(documentFingerprint(otherDeal)).not.toBe(documentFingerprint(doc));
  });

  it('accepts only a list of finding ids from storage', () => {
    expect(parseDismissed(['joint-ownership.jointly-owned.25'])).toEqual(['joint-ownership.jointly-owned.25']);
    expect(parseDismissed({ ids: [] })).toBeNull();
    expect(parseDismissed([3])).toBeNull();
  });
});

describe('the side chosen for a document', () => {
  const store = new Map<string, string>();
  beforeAll(() => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
  });
  afterAll(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('is remembered per document and read back, and a stored side that is no side of its deal is ignored', async () => {
    const { rememberSide, rememberedSide } = await import('../../src/taskpane/review/rememberedSide');
    rememberSide('doc-a', { scenario: 'technology-license', role: 'licensee' });
    expect(rememberedSide('doc-a')).toEqual({ scenario: 'technology-license', role: 'licensee' });
    expect(rememberedSide('doc-b')).toBeNull();
    store.set('clausewright.side.doc-c', JSON.stringify({ scenario: 'technology-license', role: 'provider' }));
    expect(rememberedSide('doc-c')).toBeNull();
  });
});
