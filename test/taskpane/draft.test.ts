import { setAt, getAt } from '../../src/taskpane/agreement/draft';
import { jurisdictionAfter, withParties } from '../../src/core/fix';
import type { Answers } from '../../src/core/agreement';

const opening =
  'This Joint Development Agreement (the "Agreement") is made on 3 March 2026 between Jiangxi Qingtai New Energy Technology Co., Ltd., a company organised under the laws of the People\'s Republic of China with its registered office in Yichun, Jiangxi Province ("Qingtai"), and Aurelia Grid Storage GmbH, a company organised under the laws of Germany with its registered office in Munich ("Aurelia").';

const preset = {
  scenario: 'joint-development',
  ourRole: 'technology-owner',
  parties: {
    us: { name: 'Voltcell Energy Technology Co., Ltd.', shortName: 'Voltcell', jurisdiction: "the People's Republic of China" },
    them: { name: 'Brightline Storage Inc.', shortName: 'Brightline', jurisdiction: 'the State of Delaware' },
  },
} as unknown as Answers;

describe('parties from the opening paragraph', () => {
  it('reads where each party is organised', () => {
    expect(jurisdictionAfter(opening, 'Jiangxi Qingtai New Energy Technology Co., Ltd.')).toBe("the People's Republic of China");
    expect(jurisdictionAfter(opening, 'Aurelia Grid Storage GmbH')).toBe('Germany');
    expect(jurisdictionAfter('between Acme Inc. ("Acme") and Beta Ltd.', 'Acme Inc.')).toBeUndefined();
  });

  it('replaces the preset example parties, ours matched by our company name, and leaks no example jurisdiction', () => {
    const found = [
      { name: 'Jiangxi Qingtai New Energy Technology Co., Ltd.', shortName: 'Qingtai' },
      { name: 'Aurelia Grid Storage GmbH', shortName: 'Aurelia' },
    ];
    const filled = withParties(preset, found, 'Aurelia Grid Storage GmbH', opening);
    expect(filled.parties.us).toEqual({ name: 'Aurelia Grid Storage GmbH', shortName: 'Aurelia', jurisdiction: 'Germany' });
    expect(filled.parties.them.shortName).toBe('Qingtai');
    const unknown = withParties(preset, found, '', 'between Jiangxi Qingtai New Energy Technology Co., Ltd. and Aurelia Grid Storage GmbH');
    expect(unknown.parties.them.jurisdiction).toBe('');
    expect(withParties(preset, found.slice(0, 1), '', opening)).toBe(preset);
  });

  it('names a party the draft gives no short name by its legal name, never by the example short name', () => {
    const found = [{ name: 'Jiangxi Qingtai New Energy Technology Co., Ltd.' }, { name: 'Aurelia Grid Storage GmbH', shortName: 'Aurelia' }];
    const filled = withParties(preset, found, '', opening);
    expect(filled.parties.us.shortName).toBe('Jiangxi Qingtai New Energy Technology Co., Ltd.');
    expect(JSON.stringify(filled.parties)).not.toMatch(/Voltcell|Brightline/);
  });

  it('edits nested answers without touching the rest', () => {
    const next = setAt(preset, 'parties.them.name', 'Aurelia Grid Storage GmbH');
    expect(getAt(next, 'parties.them.name')).toBe('Aurelia Grid Storage GmbH');
    expect(next.parties.us).toBe(preset.parties.us);
    expect(preset.parties.them.name).toBe('Brightline Storage Inc.');
  });
});
