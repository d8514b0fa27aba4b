// A cover table typed out as text runs each row's cells together: the role label, the company, its
// registration number. The label is no part of the company's name, where the draft calls a party by
// it or calls the company by the rest of its name; a name whose first word is its own keeps it.
import { partyRefs } from '../../../src/core/review/rules/side';
import { makeContext } from './rules/make-context';

const cover = (first: string, second: string) =>
  [
    'PIPELINE TRANSPORTATION AGREEMENT - PARTICULARS',
    'Contract No. TS-014-2025',
    `${first}   Tax ID DK-3312-4471`,
    `${second}   Tax ID GB-0991-2210`,
  ].join('\n');
const names = (text: string) => makeContext(text).parties.map((p) => p.name);

describe('the parties of a cover table typed out as text', () => {
  it('are named without the role label of their row, where the terms call a party by it', () => {
    const terms = [
      "1. The Carrier shall transport the Shipper's crude oil from the Entry Point to the Exit Point.",
      '2. The Shipper shall pay the tariff in Schedule 2 within thirty (30) days after each invoice.',
    ];
    const text = [cover('CARRIER   NORDHAVN PIPELINES A/S', 'SHIPPER   BRIGHTWATER ENERGY LTD.'), ...terms].join('\n');
    expect(names(text)).toEqual(['NORDHAVN PIPELINES A/S', 'BRIGHTWATER ENERGY LTD.']);
    // A role label we know, used without "the": "Licensor shall".
    const licence = [cover('LICENSOR NORDHAVN PIPELINES A/S', 'LICENSEE BRIGHTWATER ENERGY LTD.'), '1. Licensor grants to Licensee a licence to use the Leak Detection Software.'].join('\n');
    expect(names(licence)).toEqual(['NORDHAVN PIPELINES A/S', 'BRIGHTWATER ENERGY LTD.']);
  });

  it('are named without a label the terms never use where they call the company by the rest of its name', () => {
    const terms = ['1. NORDHAVN shall transport the crude oil delivered by BRIGHTWATER at the Entry Point.', '2. BRIGHTWATER shall pay the tariff in Schedule 2.'];
    const text = [cover('OPERATOR NORDHAVN PIPELINES A/S', 'USER BRIGHTWATER ENERGY LTD.'), ...terms].join('\n');
    expect(names(text)).toEqual(['NORDHAVN PIPELINES A/S', 'BRIGHTWATER ENERGY LTD.']);
    expect(partyRefs(makeContext(text), 'NORDHAVN PIPELINES A/S shall').map((r) => r.text)).toEqual(['NORDHAVN PIPELINES A/S']);
  });

  it("keep a name's own first word, however the terms shorten the name", () => {
    const terms = [
      '1. Northstar shall deliver the Licensed Content to General Atomic within ten (10) days after the Effective Date.',
      '2. The General Conditions in Schedule 3 apply to each delivery.',
    ];
    const text = [cover('NORTHSTAR MEDIA LLC', 'GENERAL ATOMIC SYSTEMS INC.'), ...terms].join('\n');
    expect(names(text)).toEqual(['NORTHSTAR MEDIA LLC', 'GENERAL ATOMIC SYSTEMS INC.']);
  });
});
