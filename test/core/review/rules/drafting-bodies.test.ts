// A body's name is no defined term: an open-source steward, a standards consortium or a learned
// society is named in a licence as a court or a ministry is, capitalised and never defined.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Software Licence is made between Lanternfish Labs Ltd ("Licensor") and Qiaoxin Devices Co., Ltd. ("Licensee").';
const undefinedIn = (text: string[]) => undefinedTerms(makeContext([PARTIES, ...text].join('\n'))).map((f) => f.message);
const SLIP = 'The Licensee shall pay the Porting Charge for each board, the Licensor may raise the Porting Charge once a year, and the Porting Charge excludes travel and any other charge.';

describe('bodies named in a licence', () => {
  it('reads an initiative, a foundation, a consortium and a society as names', () => {
    const names = [
      '"Open Source Licence" means a licence approved as an open source licence by the Open Source Initiative, and "Open Source Component" means a part of the Software under an Open Source Licence.',
      'Each Open Source Component stays under its Open Source Licence.',
      'Components under a licence approved by the Open Source Initiative may be shipped with the firmware, and the Open Source Initiative list is checked each release.',
      'Parts of the Software are licensed by the Harbour Software Foundation, and the Harbour Software Foundation notices shall be kept.',
      'The codec follows the specification of the Wireless Audio Consortium, as the Wireless Audio Consortium publishes it from time to time.',
      'Test reports shall follow the methods of the Acoustical Testing Society, and the Acoustical Testing Society rules on rounding apply.',
      SLIP,
    ];
    expect(undefinedIn(names)).toEqual(['Capitalised terms used but never defined: "Porting Charge"']);
  });
});
