// "Material" in a condition no party brings about, which starts a duty of ours: "If there is any
// material change in the Licensed Patents, Licensor shall send updated particulars". It narrows when
// we must act, so asking for a definition would only widen what we owe; held by the other side, it
// is theirs to narrow, and ours to raise. A condition a party brings about still fires.
import { material } from '../../../../src/core/review/rules/material';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const PARTIES = 'This Patent Licence Agreement is made between Kestrel Imaging Ltd. ("Licensor") and Aldgate Devices Inc. ("Licensee").';
const run = (role: RoleId, text: string) => material(makeContext([PARTIES, text].join('\n'), { scenario: 'technology-license', role })).map((f) => f.message);
const ONCE = ['"Material" used once but never defined'];

describe('materiality in a condition that starts a duty', () => {
  const ours = 'If there is any material change in the Licensed Patents, Licensor shall send Licensee updated particulars within thirty days.';

  it('is left out where the duty is ours', () => {
    expect(run('licensor', ours)).toEqual([]);
    expect(run('licensor', 'In the event that any material defect appears in the Licensed Software, Licensor shall issue a correction.')).toEqual([]);
  });

  it('is raised where the duty is the other side\'s, or a party brings the condition about', () => {
    expect(run('licensee', ours)).toEqual(ONCE);
    expect(run('licensor', 'If Licensee requests a material change in the specifications, Licensor shall quote a revised fee within ten days.')).toEqual(ONCE);
  });
});

describe('materiality that measures what a party asked for', () => {
  it('is raised where it opens our way to a new price, though our duty to tell follows', () => {
    const text = 'If any change to the specifications requested by Licensee materially affects Licensor\'s costs of support, Licensor shall promptly so inform Licensee and the parties shall agree a new fee.';
    expect(run('licensor', text)).toEqual(ONCE);
  });
});
