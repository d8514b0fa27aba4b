// A licence the licensor may end only for a breach left uncured after notice is the licensee's
// protection, even where the licence is paid up: quiet there; still raised where the licence ends
// for a breach with no chance to put it right, and the reasons of one lettered item stay its own.
import { licenceEnd } from '../../../../src/core/review/rules/licence-end';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Patent and Trademark License Agreement is made between Voltaris Holdings Inc. (the "Licensor") and Hexi Energy Co., Ltd. (the "Licensee").';
const paidUp = 'The Licensor hereby grants to the Licensee a worldwide, non-exclusive, irrevocable, fully paid-up, royalty-free license under the Licensed Patents and the Licensed Marks.';
const run = (terms: string[], role: RoleId = 'licensee') =>
  licenceEnd(makeContext([opening, paidUp, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a paid-up licence that may end only for uncured breach', () => {
  const protection =
    'The licenses granted hereunder are irrevocable and may not be terminated for any reason (even in the event of a material breach), except that (a) the license granted under each Licensed Patent shall automatically terminate upon the expiration of the statutory term of such Patent, and (b) the Licensor may terminate the license to the Licensed Marks, upon prior written notice to the Licensee, in the event the Licensee materially breaches the trademark usage guidelines in Section 2.3 and fails to cure such material breach within one hundred twenty (120) days after its receipt of written notice from the Licensor describing the breach.';

  it('stays quiet where the only reason is a breach the licensee may cure after notice', () => {
    expect(run([protection])).toEqual([]);
    expect(run(['The Licensor may terminate the license at any time upon written notice if the Licensee commits a material breach of Section 2.3 which remains uncured thirty (30) days after notice.'])).toEqual([]);
  });
  it('still fires where a paid-up licence ends for a breach with no chance to cure it', () => {
    expect(run(['The Licensor may terminate the license immediately upon written notice if the Licensee breaches any provision of this Agreement, whether or not such breach is cured.'])).toEqual([
      'one-sided.licence-end medium',
    ]);
    expect(run(['The Licensor may terminate the license upon notice if the Licensee breaches Section 2.3.'])).toEqual(['one-sided.licence-end medium']);
  });
  it('still fires where the cure is offered but another reason ends the licence too', () => {
    expect(run(['The Licensor may terminate the license if the Licensee fails to cure a material breach within 30 days after notice or undergoes a change of control.'])).toEqual([
      'one-sided.licence-end medium',
    ]);
  });
  it('still fires on a licence the licensor may end at will', () => {
    expect(run(['The Licensor may terminate the license at any time for convenience upon ninety (90) days notice.'])).toEqual(['one-sided.licence-end medium']);
  });
  it('stays quiet for the licensor, whatever the reason', () => {
    expect(run(['The Licensor may terminate the license upon notice if the Licensee breaches Section 2.3.'], 'licensor')).toEqual([]);
  });
});
