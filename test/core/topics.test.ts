import { TOPIC_IDS, isTopicId } from '../../src/core/topics';
import { SCENARIO_IDS, SCENARIO_ROLES, isRoleOf } from '../../src/core/scenarios';
import { t, toLocale } from '../../src/core/i18n';

describe('stable ids', () => {
  // DESIGN.md's 24 ids, and liability last since version 2 of the review JSON (README).
  it('lists the 25 topic ids, each once, liability last', () => {
    expect(TOPIC_IDS).toHaveLength(25);
    expect(new Set(TOPIC_IDS).size).toBe(25);
    expect(TOPIC_IDS.at(-1)).toBe('liability');
    expect(isTopicId('residuals')).toBe(true);
    expect(isTopicId('residual')).toBe(false);
  });

  it('gives every scenario two distinct roles', () => {
    for (const s of SCENARIO_IDS) {
      const [a, b] = SCENARIO_ROLES[s];
      expect(a).not.toEqual(b);
      expect(isRoleOf(s, a)).toBe(true);
    }
    expect(isRoleOf('sample-testing', 'licensor')).toBe(false);
  });
});

describe('message catalog', () => {
  it('follows the display language and falls back to English', () => {
    expect(toLocale('zh-cn')).toBe('zh-CN');
    expect(toLocale('zh-Hans-CN')).toBe('zh-CN');
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('zh_CN.UTF-8')).toBe('zh-CN');
    expect(toLocale('zu')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
    expect(t('zh-CN', 'app.tagline')).toMatch(/知识产权/);
    expect(t('en', 'app.tagline')).toMatch(/IP and cooperation terms/);
  });
});
