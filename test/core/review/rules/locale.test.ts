import { review as catalog } from '../../../../src/core/i18n/messages/review';
import { RULES } from '../../../../src/core/review/rules';
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import { DRAFT } from './draft';
import { makeContext } from './make-context';


const CJK = /[\u4e00-\u9fff]/;

describe('finding messages in both languages', () => {
  it('every registered rule speaks Chinese when the locale is zh-CN', () => {
    const playbook = { required: ['export-control' as const, 'no-implied-license' as const], recommended: [] };
    const opts = { scenario: 'sample-testing' as const, role: 'provider' as const, playbook, absent: ['export-control' as const] };
    const en = RULES.flatMap((rule) => rule(makeContext(DRAFT, opts)));
    const zh = RULES.flatMap((rule) => rule(makeContext(DRAFT, { ...opts, locale: 'zh-CN' })));
    expect(zh.length).toBe(en.length);
    for (const rule of RULES) expect(rule(makeContext(DRAFT, opts)).length).toBeGreaterThan(0);
    for (const [i, f] of zh.entries()) {
      expect(f.message).not.toMatch(/^review\.rule\./);
      expect(f.why).not.toMatch(/^review\.rule\./);
      expect(f.message).toMatch(CJK);
      expect(f.why).toMatch(CJK);
      expect(en[i]!.message).not.toMatch(CJK);
    }
  });

  it('runs through the engine', () => {
    const result = review(fromText(DRAFT));
    expect(result.findings.map((f) => f.rule)).toContain('ambiguous.joint-ownership');
  });

  it('every rule message has a Chinese text, with the same placeholders', () => {
    const keys = Object.keys(catalog.en).filter((k) => k.startsWith('review.rule.'));
    expect(keys.length).toBeGreaterThan(100);
    const zh = catalog.zh as Record<string, string>;
    const en = catalog.en as Record<string, string>;
    for (const k of keys) {
      expect(zh[k]).toMatch(CJK);
      const holes = (t: string) => [...new Set([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
      expect(holes(zh[k]!)).toEqual(holes(en[k]!));
    }
  });
});
