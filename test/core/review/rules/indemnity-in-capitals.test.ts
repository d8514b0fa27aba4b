// Terms written to "you" often set the indemnity and the disclaimers in capitals: "YOU SHALL INDEMNIFY"
// is still the reader's promise, while "US" in capitals stays the country, not "us".
import { oneWayIndemnity } from '../../../../src/core/review/rules/one-way-indemnity';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = '"You" (or "Your") means the company that accepts this Traffic Data Licence.';
const grant = 'The Licensor grants You a non-exclusive licence to copy and analyse the Traffic Data for Your internal research.';
const run = (terms: string[], role: RoleId = 'licensee') =>
  oneWayIndemnity(makeContext([opening, grant, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

const shouted =
  'TO THE FULLEST EXTENT THE LAW ALLOWS, YOU SHALL INDEMNIFY, DEFEND AND HOLD HARMLESS THE LICENSOR FROM ANY AND ALL CLAIMS, LOSSES AND COSTS ARISING FROM YOUR USE OF THE TRAFFIC DATA.';

describe('an indemnity set in capitals', () => {
  it('is the reader\'s indemnity, raised for the licensee', () => {
    expect(run([shouted])).toEqual(['one-sided.one-way-indemnity medium']);
  });
  it('stays quiet where the other side indemnifies back', () => {
    expect(run([shouted, 'THE LICENSOR SHALL INDEMNIFY AND HOLD YOU HARMLESS FROM ANY CLAIM THAT THE TRAFFIC DATA INFRINGES THE RIGHTS OF A THIRD PARTY.'])).toEqual([]);
  });
  it('does not read "US" in capitals as a party', () => {
    expect(run(['THE LAWS OF THE US SHALL INDEMNIFY NO ONE; EACH USER AGREES TO HOLD HARMLESS ITS OWN STAFF.'])).toEqual([]);
  });
});
