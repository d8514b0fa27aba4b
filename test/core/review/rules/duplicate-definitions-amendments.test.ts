// Amendments bound into a filing after the signed agreement each name the parties and the agreement
// afresh: not a second definition (issue 12, third unseen draw). A term defined twice in the
// agreement itself, or in an amendment that is the whole draft, still is.
import { duplicateDefinitions } from '../../../../src/core/review/rules/duplicate-definitions';
import { makeContext } from './make-context';

const AGREEMENT = [
  'This Outsourcing Agreement ("Agreement") is made between Norland Business Machines Corp. ("Norland") and Vesta Assembly Inc. ("Vesta").',
  '1. Definitions. "Products" means the circuit boards listed in Attachment 1. "Forecast" means Norland\'s rolling forecast of its needs for the next six months.',
  '2. Supply. Vesta shall build the Products to each Forecast.',
  'IN WITNESS WHEREOF, the parties have signed this Agreement.',
  'Norland Business Machines Corp. By: ________ Vesta Assembly Inc. By: ________',
];
const AMENDMENT = [
  'Amendment 002 to Outsourcing Agreement between Norland and Vesta',
  'The purpose of this document is to amend the Outsourcing Agreement ("Agreement") between Norland Business Machines Corp. ("Norland") and Vesta Assembly Inc. ("Vesta").',
  '"Forecast" means Norland\'s rolling forecast of its needs for the next nine months.',
  'IN WITNESS WHEREOF, the parties have signed this Amendment.',
];
const found = (text: string[]) => duplicateDefinitions(makeContext(text.join('\n'))).map((f) => f.message);

describe('definitions in amendments bound after the signed agreement', () => {
  it('are the amendment\'s own, not a second definition', () => {
    expect(found([...AGREEMENT, ...AMENDMENT])).toEqual([]);
  });

  it('still flags a term defined twice in the agreement itself', () => {
    const twice = [...AGREEMENT.slice(0, 3), '3. Planning. "Forecast" means the twelve-month plan Norland gives each January.', ...AGREEMENT.slice(3), ...AMENDMENT];
    expect(found(twice)).toEqual(['Defined more than once: "Forecast"']);
  });

  it('still flags a term defined twice in an amendment that is the whole draft', () => {
    const alone = [
      'First Amendment to Outsourcing Agreement',
      'This First Amendment is made between Norland Business Machines Corp. ("Norland") and Vesta Assembly Inc. ("Vesta").',
      '1. "Forecast" means Norland\'s rolling forecast of its needs for the next nine months.',
      '2. Section 4 is replaced: "Forecast" means the twelve-month plan Norland gives each January.',
      'IN WITNESS WHEREOF, the parties have signed this Amendment.',
    ];
    expect(found(alone)).toEqual(['Defined more than once: "Forecast"']);
  });
});

describe('a term each clause introduces with "a"', () => {
  const parties = 'This Alliance Agreement is made between Norland Business Machines Corp. ("Norland") and Vesta Assembly Inc. ("Vesta").';
  it('names two of one kind, not rival definitions', () => {
    const grants = [
      parties,
      '9.1 Norland shall grant Vesta a non-exclusive limited licence (a "Licence") to use the Norland Marks in the Territory.',
      '9.2 Vesta shall grant Norland a non-exclusive limited licence (a "Licence") to use the Vesta Marks in the Territory.',
      '9.3 Each Licence ends with this Agreement.',
    ];
    expect(found(grants)).toEqual([]);
  });

  it('still flags the same term introduced with "the" in two places', () => {
    const grants = [
      parties,
      '9.1 Norland grants Vesta a non-exclusive licence to use the Norland Marks (the "Licence").',
      '9.2 Vesta grants Norland a non-exclusive licence to use the Vesta Marks (the "Licence").',
    ];
    expect(found(grants)).toEqual(['Defined more than once: "Licence"']);
  });
});
