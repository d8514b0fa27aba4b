import { createWordHost } from '../../../src/host/word';
import { createStandaloneHost } from '../../../src/host/standalone';
import { markingText } from '../../../src/core/prepare';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT } from '../fixtures';

const MARK = markingText('confidential', 'Aurelia Grid Storage GmbH', '2026-11-30', 'en');

describe('markHeader', () => {
  it('puts the marking at the top of every section header, once however often it is pressed', async () => {
    expect(MARK).toBe('Confidential – disclosed to Aurelia Grid Storage GmbH under the agreement dated 2026-11-30');
    const word = new FakeWord(DRAFT);
    word.doc.sections = [{ header: ['Qingtai Energy – Engineering'] }, { header: [] }];
    const host = createWordHost(word.api, 'en');
    expect(await host.markHeader(MARK)).toEqual({ ok: true, value: { sections: 2, marked: 2 }, notes: [] });
    expect(word.doc.sections).toEqual([{ header: [MARK, 'Qingtai Energy – Engineering'] }, { header: [MARK] }]);
    expect(word.syncs).toBe(3);
    expect(await host.markHeader(MARK)).toEqual({ ok: true, value: { sections: 2, marked: 0 }, notes: [] });
    expect(word.doc.sections[0]?.header).toHaveLength(2);
    expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
  });

  it('reads [date] where the agreement is not dated yet, and is worded in Chinese for a Chinese user', () => {
    expect(markingText('restricted', 'Aurelia', undefined, 'en')).toBe('Restricted – disclosed to Aurelia under the agreement dated [date]');
    expect(markingText('confidential', 'Aurelia', '2026-11-30', 'zh-CN')).toBe('保密 – 根据日期为 2026-11-30 的协议向 Aurelia 披露');
  });

  it('is declined by the workspace, which only reads its document', async () => {
    const host = createStandaloneHost(null);
    expect(host.capabilities().headerMarking).toBe(false);
    expect(await host.markHeader(MARK)).toMatchObject({ ok: false, error: { key: 'host.limit.headerMarking' } });
  });
});
