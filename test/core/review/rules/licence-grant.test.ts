// What a licence we take in must give us: the acts we need, our group, and notice before the
// licensed patents are dropped. Each point fires for the licensee and stays quiet on the near miss
// and for the licensor.
import { licenceActs, licenceReach } from '../../../../src/core/review/rules/licence-grant';
import { patentUpkeep } from '../../../../src/core/review/rules/patent-upkeep';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Patent Licence Agreement is made between Meridian Patents Inc. (the "Licensor") and Hexi Energy Co., Ltd. (the "Licensee").';
const run = (rule: Rule, role: RoleId, ...lines: string[]) =>
  rule(makeContext([OPENING, ...lines].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a patent licence that leaves out use', () => {
  const noUse = 'The Licensor hereby grants to the Licensee a non-exclusive license under the Licensed Patents to make, have made, import, offer for sale and sell Licensed Products in the Territory.';
  it('fires for the licensee', () => {
    expect(run(licenceActs, 'licensee', noUse)).toEqual(['ambiguous.licence-acts high']);
  });
  it('stays quiet where use is licensed, or the licence is to practise the patents', () => {
    expect(run(licenceActs, 'licensee', noUse.replace('have made, import', 'have made, use, import'))).toEqual([]);
    expect(run(licenceActs, 'licensee', 'The Licensor hereby grants to the Licensee a non-exclusive license under the Licensed Patents to practise the inventions and to make and sell Licensed Products.')).toEqual([]);
  });
  it('stays quiet for the licensor, and on the licence we grant back', () => {
    expect(run(licenceActs, 'licensor', noUse)).toEqual([]);
    expect(run(licenceActs, 'licensee', 'The Licensee hereby grants to the Licensor a non-exclusive license under the Improvement Patents to make, have made, import and sell products.')).toEqual([]);
  });
});

describe('a licence that does not reach our group', () => {
  const grant = 'The Licensor hereby grants to the Licensee a non-exclusive license under the Licensed Patents to make, use and sell Licensed Products.';
  const bar = 'The Licensee shall not sublicense to others under this Agreement, nor extend the rights granted hereunder to any affiliated company.';
  it('fires for the licensee', () => {
    expect(run(licenceReach, 'licensee', grant, bar)).toEqual(['one-sided.licence-reach medium']);
    expect(run(licenceReach, 'licensee', grant, 'No license granted under this Agreement includes the right to grant sublicenses.')).toEqual(['one-sided.licence-reach medium']);
  });
  it('fires where only the grantor speaks for its affiliates, under a heading naming the grant', () => {
    const byGroup = '3.1 Grant by Licensor The Licensor, on behalf of itself and its Affiliates, hereby grants to the Licensee a non-exclusive license under the Licensed Patents to make, use and sell Licensed Products.';
    expect(run(licenceReach, 'licensee', byGroup, 'No license granted by either party under this Agreement includes the right to grant sublicenses.')).toEqual(['one-sided.licence-reach medium']);
    expect(run(licenceReach, 'licensee', byGroup.replace('to the Licensee', 'to the Licensee and its Affiliates'), bar)).toEqual([]);
  });
  it('stays quiet where the licence reaches our affiliates, or may be sublicensed', () => {
    expect(run(licenceReach, 'licensee', grant.replace('to the Licensee', 'to the Licensee and its Affiliates'), bar)).toEqual([]);
    expect(run(licenceReach, 'licensee', grant, 'The Licensee may grant sublicenses to its Affiliates and contract manufacturers.')).toEqual([]);
  });
  it('stays quiet where the licensor grants a right to sublicense and bars only one kind of sublicensee, and fires where the right goes the other way', () => {
    const limit = 'The Licensee may not sublicense the Content to any subscription website that aggregates third-party content.';
    expect(run(licenceReach, 'licensee', grant, 'The Licensor further grants the Licensee the right to sublicense the Content to users of its websites for their personal use.', limit)).toEqual([]);
    expect(run(licenceReach, 'licensee', grant, 'The Licensee hereby grants the Licensor the right to sublicense the Improvements to its distributors.', limit)).toEqual(['one-sided.licence-reach medium']);
  });
  it('stays quiet on a bar with a way through: an exception, or the licensor\'s consent', () => {
    expect(run(licenceReach, 'licensee', grant, 'The licence is non-sublicensable (except as provided in Section 2.3).')).toEqual([]);
    expect(run(licenceReach, 'licensee', grant, 'The Licensee shall not sublicense its rights under this Agreement without the prior written consent of the Licensor.')).toEqual([]);
  });
  it('weighs low a free licence that anyone takes by downloading, medium once it is paid or signed', () => {
    const accept = 'By installing the Toolkit, you ("Licensee") agree to be bound by these terms.';
    const free = 'The Licensor hereby grants to the Licensee a personal, non-sublicensable, royalty-free license to install and run the Toolkit.';
    expect(run(licenceReach, 'licensee', accept, free)).toEqual(['one-sided.licence-reach low']);
    expect(run(licenceReach, 'licensee', 'By downloading the Toolkit, you and the company you represent ("Licensee") are agreeing to these terms.', free)).toEqual(['one-sided.licence-reach low']);
    const wrapped = ['BY INSTALLING THE TOOLKIT, YOU AND THE BUSINESS ON WHOSE', 'BEHALF YOU ACT ("LICENSEE") ARE AGREEING TO BE BOUND BY THESE TERMS.'];
    expect(run(licenceReach, 'licensee', ...wrapped, free)).toEqual(['one-sided.licence-reach low']);
    expect(run(licenceReach, 'licensee', accept, free, 'The Licensee shall pay the Licensor the annual license fee stated in the order form.')).toEqual(['one-sided.licence-reach medium']);
    expect(run(licenceReach, 'licensee', accept, free.replace(' royalty-free', ''))).toEqual(['one-sided.licence-reach medium']);
    expect(run(licenceReach, 'licensee', free)).toEqual(['one-sided.licence-reach medium']);
  });
  it('stays quiet on a bar that binds the licensor, and for the licensor', () => {
    expect(run(licenceReach, 'licensee', grant, 'The Licensor shall not sublicense the Licensee Improvements.')).toEqual([]);
    expect(run(licenceReach, 'licensor', grant, bar)).toEqual([]);
  });
});

describe('licensed patents dropped without notice', () => {
  const alone = 'The Licensor, at its sole option and discretion, shall file, prosecute and maintain all patents and patent applications within the Licensed Patents.';
  it('fires for the licensee', () => {
    expect(run(patentUpkeep, 'licensee', alone)).toEqual(['one-sided.patent-upkeep low']);
    expect(run(patentUpkeep, 'licensee', 'Each Party may abandon any patent application or discontinue the maintenance of any patent without any obligation to inform the other Party.')).toEqual(['one-sided.patent-upkeep low']);
  });
  it('stays quiet where the licensor must give notice before abandoning', () => {
    expect(run(patentUpkeep, 'licensee', alone, 'The Licensor shall notify the Licensee at least 60 days before it abandons or allows to lapse any Licensed Patent, and the Licensee may then maintain it at its own cost.')).toEqual([]);
  });
  it('stays quiet on our own patents, and for the licensor', () => {
    expect(run(patentUpkeep, 'licensee', 'The Licensee, at its sole option and discretion, shall prosecute and maintain the Improvement Patents.')).toEqual([]);
    expect(run(patentUpkeep, 'licensor', alone)).toEqual([]);
  });
});
