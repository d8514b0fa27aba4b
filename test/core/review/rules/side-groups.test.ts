// Three or more parties that the opening splits into two sides: each party takes its side's place,
// and a name the draft gives a side's parties together stands for that side.
import { partyRefs } from '../../../../src/core/review/rules/side';
import { makeContext } from './make-context';

const sides = (text: string, sentence: string, scenario: 'custom-development' | 'exclusive-partnership' = 'custom-development') => {
  const ctx = makeContext(text, { scenario, role: scenario === 'custom-development' ? 'developer' : 'supplier' });
  return partyRefs(ctx, sentence).map((r) => `${r.text}:${r.side ?? '?'}`);
};

describe('sides of a deal among three parties', () => {
  const opening =
    'This Support Services Agreement is made on 3 March 2026 by and between Lumen Data Holdings, Inc. ("LDH") and Lumen Data Services LLC ("LDS"; together with LDH, "Lumen"), on the one hand, and Brightwell Hosting, Inc. ("Brightwell"), on the other hand.';
  const operative = [
    '2.1 LDS shall provide the Support Services to Brightwell during the Term.',
    '5.1 Brightwell shall pay to LDS a monthly fee of USD 40,000 for the Support Services.',
  ];

  it('places each party, and the side\'s collective name, by what the parties of each side do', () => {
    expect(sides([opening, ...operative].join('\n'), 'Lumen, LDH and LDS against Brightwell')).toEqual(['Lumen:A', 'LDH:A', 'LDS:A', 'Brightwell:B']);
  });

  it('places the parties where the markers lead their side ("among, on the one hand, …")', () => {
    const leading =
      'This Supply Agreement is entered into by and among, on the one hand, Ningbo Arcstone Electric Co., Ltd. ("Arcstone"), and, on the other hand, Tallis Power Systems Ltd ("Tallis") and Tallis Energy Storage GmbH ("Tallis Storage").';
    const text = [leading, '3.1 Arcstone shall supply the Products to Tallis Storage.', '4.2 Tallis shall pay each invoice within thirty (30) days.'].join('\n');
    expect(sides(text, 'Arcstone, Tallis and Tallis Storage', 'exclusive-partnership')).toEqual(['Arcstone:A', 'Tallis:B', 'Tallis Storage:B']);
  });

  it('leaves the sides open where the operative clauses point both ways', () => {
    const both = [opening, ...operative, '6.1 Brightwell shall provide the Hosting Services to LDS.'].join('\n');
    expect(sides(both, 'LDS and Brightwell')).toEqual(['LDS:?', 'Brightwell:?']);
  });

  it('leaves the sides open where the opening does not split the parties in two', () => {
    const three = opening.replace(', on the one hand,', ',').replace(', on the other hand', '');
    expect(sides([three, ...operative].join('\n'), 'LDS and Brightwell')).toEqual(['LDS:?', 'Brightwell:?']);
  });
});
