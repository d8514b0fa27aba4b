// A general survival sentence beside one that names the surviving sections is no vague survival: the
// clause says what survives, and the general words only add a wind-down. Alone, it stays vague.
import { survival } from '../../../../src/core/review/rules/survival';
import { makeContext } from './make-context';

const opening = 'This Co-Branding Agreement is made between Lindqvist Escrow AB (the "Licensor") and Hexi Auctions Co., Ltd. (the "Licensee").';
const general =
  'Notwithstanding the foregoing, unless this Agreement was terminated for a material breach, all provisions of this Agreement shall survive to the extent necessary for the Licensor to complete any Customer transactions which are pending at the time of expiration or termination.';
const named = 'Sections 1, 7, 8.5, 9, 10, 11 and 12 shall survive expiration or termination of this Agreement.';
const run = (...paragraphs: string[]) =>
  survival(makeContext([opening, ...paragraphs].join('\n'), { scenario: 'technology-license', role: 'licensor' })).map((f) => `${f.rule} ${f.severity}`);

describe('survival named in the same clause', () => {
  it('stays quiet where the clause also names the surviving sections', () => {
    expect(run(`8.5 Effects of Termination. ${general} ${named}`)).toEqual([]);
  });
  it('still fires on the general sentence alone, or where the named sections are in another clause', () => {
    expect(run(`8.5 Effects of Termination. ${general}`)).toEqual(['ambiguous.survival medium']);
    expect(run(`8.5 Effects of Termination. ${general}`, '12.1 Governing Law. This Agreement is governed by the laws of Sweden.')).toEqual(['ambiguous.survival medium']);
  });
});
