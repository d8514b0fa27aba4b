// Drafting points counsel dismissed on unseen contracts (issue 12): settled wordings of materiality,
// a "promptly" that no number of days could measure, and best efforts with nothing at stake.
import { efforts } from '../../../../src/core/review/rules/efforts';
import { material } from '../../../../src/core/review/rules/material';
import { vagueTime } from '../../../../src/core/review/rules/vague-time';
import { makeContext } from './make-context';

const PARTIES = 'This Operation and Maintenance Agreement is made between Solara Owner LLC ("Owner") and Helio Services Inc. ("Operator").';
const run = (rule: typeof material, text: string[]) => rule(makeContext([PARTIES, ...text].join('\n'))).map((f) => f.message);

describe('materiality in settled wordings', () => {
  it('is quiet in the force majeure and material adverse effect definitions, the insurance notice and the no-conflict representation', () => {
    const text = [
      'An event beyond the reasonable control of a Party that materially interferes with its ability to perform this Agreement ("Force Majeure") suspends the duties it affects.',
      'Material Adverse Effect: any event that has a material adverse effect on the ability of a Party to perform its material obligations under this Agreement.',
      'Each policy shall provide that it will not be canceled or materially altered without thirty days prior written notice to Owner.',
      'No cancellation or material modification of the insurance shall relieve Operator of its duty to keep the coverage required by this Agreement.',
      'The execution of this Agreement does not breach any material contract to which Operator is a party.',
    ];
    expect(run(material, text)).toEqual([]);
  });

  it('still flags materiality that decides a right', () => {
    const text = [
      'Owner may terminate this Agreement if a Force Majeure event prevents Operator from performing its material obligations for one hundred eighty days.',
      'If Owner requests a material change in the maintenance plan, Operator shall prepare a revised plan within fifteen days.',
    ];
    expect(run(material, text)).toEqual(['"Material" used twice but never defined']);
  });
});

describe('vague time words', () => {
  it('is quiet on a promise to cooperate promptly, and still flags a hand-over with no deadline', () => {
    const cooperate = ['Operator shall promptly and fully cooperate with Owner to resolve any complaint or regulatory inquiry about the Facility.'];
    expect(run(vagueTime, cooperate)).toEqual([]);
    const handOver = [...cooperate, 'On termination Operator shall promptly deliver to Owner all records and spare parts it holds for the Facility.'];
    expect(run(vagueTime, handOver)).toEqual(['Vague time words: "promptly"']);
  });
});

describe('vague time words: notice of a legal demand to disclose', () => {
  const compelled = [
    'If a Party is required by law or court order to disclose any Confidential Information of the other, that Party shall promptly notify the other Party of such requirement so that it may seek a protective order.',
  ];

  it('is quiet on prompt notice of a demand to disclose that either party may owe, and still flags prompt notice of a claim', () => {
    expect(run(vagueTime, compelled)).toEqual([]);
    const claim = [...compelled, 'The Operator shall promptly notify the Owner of any claim made against the Facility by a third party.'];
    expect(run(vagueTime, claim)).toEqual(['Vague time words: "promptly"']);
  });

  it('still flags that notice where only the other side owes it: the discloser wants it before any disclosure', () => {
    const nda = [
      'This Confidentiality Agreement is made between Qinlan Storage Co., Ltd. (the "Discloser") and Fjordline Capital AS (the "Recipient").',
      'If the Recipient is required by law to disclose any Confidential Information, the Recipient shall promptly notify the Discloser of such requirement.',
    ];
    const ctx = makeContext(nda.join('\n'), { scenario: 'pre-deal-disclosure', role: 'discloser' });
    expect(vagueTime(ctx).map((f) => f.message)).toEqual(['Vague time words: "promptly"']);
  });
});

describe('best efforts', () => {
  it('is quiet on best efforts to agree a substitute for a provision held invalid, and still flags a duty to perform', () => {
    const severability = [
      'If any provision of this Agreement is held invalid, the Parties shall use their best efforts to replace the invalid provision with a valid provision that comes closest to their intent.',
    ];
    expect(run(efforts, severability)).toEqual([]);
    const perform = [...severability, 'Operator shall use its best efforts to restore the Facility to service within two days after any outage.'];
    expect(run(efforts, perform)).toEqual(['"Best efforts" standard']);
  });
});

describe('materiality: more settled wordings (issue 12, second unseen draw)', () => {
  it('is quiet on the prejudice test, a breach of a material provision, the force majeure causation test, the partnership expulsion ground and the forward-looking legend', () => {
    const text = [
      "Owner's failure to give notice of a claim shall not relieve Operator of its indemnity except to the extent Operator is materially prejudiced by that failure.",
      'Either Party may terminate this Agreement on thirty days written notice if the other Party breaches any material provision of this Agreement and fails to cure it within that period.',
      "The duties of a Party, so far as its ability to perform them is materially affected by such Force Majeure, are suspended while the inability lasts.",
      'A Participant may be expelled if it has engaged in wrongful conduct that adversely and materially affected the business of the venture.',
      'Because such statements involve risks and uncertainties, actual results may differ materially from those expressed in these forward-looking statements.',
    ];
    expect(run(material, text)).toEqual([]);
  });

  it('still flags a termination trigger or a consent threshold with no measure', () => {
    const text = [
      'Owner may terminate this Agreement at once if Operator materially violates any anti-bribery law.',
      'Operator shall not make any material modification to the inverters without the prior written consent of Owner.',
    ];
    expect(run(material, text)).toEqual(['"Material" used twice but never defined']);
  });
});

describe('vague time words with an outer limit (issue 12, third unseen draw)', () => {
  it('is quiet on "promptly, but in no event later than" a number of days, and still flags "promptly" alone', () => {
    const bounded = ['Operator shall promptly, but in no event later than three (3) days after receipt, confirm or reject each work order from Owner.'];
    expect(run(vagueTime, bounded)).toEqual([]);
    const open = [...bounded, 'Operator shall promptly replace any inverter that fails its annual test.'];
    expect(run(vagueTime, open)).toEqual(['Vague time words: "promptly"']);
  });
});
