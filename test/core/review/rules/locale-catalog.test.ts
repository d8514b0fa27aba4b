import { areas } from '../../../../src/core/i18n/areas';
import { rules as ruleTitles } from '../../../../src/core/i18n/messages/rules';
import { RULE_IDS } from '../../../../src/core/review/rules';

const CJK = /[\u4e00-\u9fff]/;
/** Every catalog area merged: a rule's messages may live in any of them. */
const catalog = {
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<string, string>,
  zh: Object.assign({}, ...areas.map((a) => a.zh)) as Record<string, string>,
};

describe('rule titles and messages in the catalog', () => {
  it('every rule has a title in both languages, and no title names a rule that is gone', () => {
    expect(Object.keys(ruleTitles.en).sort()).toEqual(RULE_IDS.map((id) => `rules.title.${id}`).sort());
    for (const id of RULE_IDS) expect(ruleTitles.zh[`rules.title.${id}` as keyof typeof ruleTitles.zh]).toMatch(CJK);
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
