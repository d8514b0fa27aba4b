// English drafts translated from Chinese ones call the parties "Party A" and "Party B": on cover
// lines ("Party A: …", "Party B (Licensee): …") or in a naming bracket without quotes. The letter is
// a name of that party, so clauses written "Party A grants to Party B" are placed. Names invented.
import { displayedParties } from '../../../src/core/review/draft-parties';
import { partyRefs } from '../../../src/core/review/rules/side';
import { makeContext } from './rules/make-context';

const sides = (refs: { text: string; side?: string }[]) => refs.map((r) => `${r.text}:${r.side ?? '?'}`);

const TERMS = [
  '1. Licence',
  '1.1 Party A grants to Party B a non-exclusive, non-transferable licence to use the Licensed Technology to make laser modules in Germany.',
  '1.2 Party B shall pay Party A a royalty of four percent of the net sales of such modules.',
  '2. Confidentiality',
  '2.1 Party B shall keep the technical documents delivered by Party A confidential and use them only under this Agreement.',
];

const covered = (a: string, b: string) =>
  ['TECHNOLOGY LICENCE AGREEMENT', `Party A${a}: Wuxi Qiluo Photonics Co., Ltd.`, 'Address: 12 Xinhua Road, Wuxi', `Party B${b}: Veltmark Optics GmbH`, 'Address: 5 Kaistrasse, Hamburg', ...TERMS].join('\n');

describe('"Party A" and "Party B" in an English draft', () => {
  it('names the parties of the cover lines, placed by what each does', () => {
    const ctx = makeContext(covered('', ''), { scenario: 'technology-license', role: 'licensee' });
    expect(sides(partyRefs(ctx, 'Party A grants to Party B'))).toEqual(['Party A:A', 'Party B:B']);
    expect(displayedParties(ctx)).toEqual({ A: 'Wuxi Qiluo Photonics Co., Ltd.', B: 'Veltmark Optics GmbH' });
    // Case matters, as in a bilingual draft: "such Party a copy" names no letter.
    expect(sides(partyRefs(ctx, 'give such Party a copy'))).toEqual([]);
    // Only one letter found: no letter is a name.
    const one = covered('', '').replace('Party B: Veltmark Optics GmbH', 'Licensee: Veltmark Optics GmbH');
    expect(makeContext(one, { scenario: 'technology-license', role: 'licensee' }).parties.every((p) => !p.aliases)).toBe(true);
  });

  it('takes the role word beside the letter as the side where the terms do not show it', () => {
    const text = covered(' (Licensee)', ' (Licensor)').replace(TERMS.join('\n'), '1. Fees\n1.1 The fees are set out in Schedule 2.');
    const ctx = makeContext(text, { scenario: 'technology-license', role: 'licensee' });
    expect(sides(partyRefs(ctx, 'Party A shall pay Party B'))).toEqual(['Party A:B', 'Party B:A']);
  });

  it('reads a naming bracket with no quotes', () => {
    const text = [
      'TECHNOLOGY LICENCE AGREEMENT',
      'This Agreement is made by Wuxi Qiluo Photonics Co., Ltd. (hereinafter referred to as Party A) and Veltmark Optics GmbH (hereinafter referred to as Party B).',
      ...TERMS,
    ].join('\n');
    const ctx = makeContext(text, { scenario: 'technology-license', role: 'licensor' });
    expect(sides(partyRefs(ctx, 'Party B shall pay Party A'))).toEqual(['Party B:B', 'Party A:A']);
  });

  it('adds a party the cover line names without a company form', () => {
    const text = covered('', '').replace('Wuxi Qiluo Photonics Co., Ltd.', "People's Government of Qinghe District");
    const ctx = makeContext(text, { scenario: 'technology-license', role: 'licensee' });
    expect(ctx.parties.map((p) => p.name)).toEqual(['Veltmark Optics GmbH', "People's Government of Qinghe District"]);
    expect(sides(partyRefs(ctx, 'Party A grants to Party B'))).toEqual(['Party A:A', 'Party B:B']);
  });
});
