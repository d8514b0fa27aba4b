import type { Locale } from '../../src/core/i18n';
import { shownLocale } from '../../src/taskpane/shared/shown-locale';

describe('the language the host writes comments in', () => {
  it('is the opening one until the switched-to language has loaded, then that one', async () => {
    let finish: () => void = () => undefined;
    const shown = shownLocale('en', () => new Promise<void>((done) => (finish = done)));
    const loading = shown.load('zh-CN');
    expect(shown.current()).toBe('en');
    finish();
    await loading;
    expect(shown.current()).toBe('zh-CN');
  });

  it('follows the language asked last where an earlier one loads after it', async () => {
    const pending = new Map<Locale, () => void>();
    const shown = shownLocale('en', (l) => new Promise<void>((done) => pending.set(l, done)));
    const chinese = shown.load('zh-CN');
    const english = shown.load('en');
    pending.get('en')!();
    await english;
    pending.get('zh-CN')!();
    await chinese;
    expect(shown.current()).toBe('en');
  });

  it('stays in the language it shows where the switch cannot load', async () => {
    const shown = shownLocale('zh-CN', () => Promise.reject(new Error('offline')));
    await expect(shown.load('en')).rejects.toThrow('offline');
    expect(shown.current()).toBe('zh-CN');
  });
});
