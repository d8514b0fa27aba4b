import { buildContext, fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

const asLicensee = { scenario: 'technology-license', role: 'licensee', library, playbooks } as const;

// A licence kept as plain text, wrapped by hand at a ragged width: the licensor's company form falls
// on the next line, and its naming bracket two lines down, after its address.
const wrapped = (body: string) =>
  fromText(`Copyright (c) 2015-2024 Kestrel Microsystems, Inc. All rights reserved.

This Firmware Licence Agreement (the "Agreement") is made between Kestrel Microsystems,
Inc., a Delaware corporation, having its head office at 400 Harbor Point Drive, Portland, OR
97209, U.S.A. ("Kestrel") and you, on your own behalf or for the company you work for
("Licensee") for the firmware delivered with this Agreement (the "Firmware").

1. Licence. Kestrel grants to Licensee a non-exclusive, non-transferable, non-sublicensable
licence to copy the Firmware into Kestrel chips built into Licensee products.
${body}
3. Term. Kestrel may end this Agreement on notice if Licensee breaches it.
4. Law. This Agreement is governed by the laws of the State of Oregon.`);

describe('a licensor named after its address in a hard-wrapped opening', () => {
  it('is a party with its short name, the other side of the licensee; the copyright line names no party', () => {
    const doc = wrapped('2. Use. Licensee shall keep every copy of the Firmware secure.');
    const { ctx } = buildContext(doc, asLicensee);
    expect(ctx.parties).toEqual([{ name: 'Kestrel Microsystems, Inc.', shortName: 'Kestrel' }]);
    expect(review(doc, asLicensee).parties).toEqual({ ours: 'Licensee', theirs: 'Kestrel Microsystems, Inc. (Kestrel)' });
  });

  it('a licence of our patents to it, with the right to sublicense, does not give us the right to sublicense', () => {
    const back =
      '2. Licence to Kestrel. Licensee grants to Kestrel a royalty-free licence under all its patents to make, use and sell the Firmware, with the right to sublicense others to do the same.';
    const rules = review(wrapped(back), asLicensee).findings.map((f) => f.rule);
    expect(rules).toContain('one-sided.licence-reach');
  });
});

// The licensor defines itself with a named affiliate: "X and its affiliates including Y (collectively, "X")".
const withAffiliate = (clause: string) =>
  fromText(`SOFTWARE LICENCE AGREEMENT
This Software Licence Agreement is an agreement between you or the company you act for ("Licensee") and Larkspur Devices Corporation, a Nevada corporation, with offices at 18 Canyon Road, Reno, NV 89501, and its subsidiaries including Larkspur Devices Europe Limited, a company incorporated in Ireland, with its registered office at 7 Quay Street, Galway, Ireland (collectively, "Larkspur") for the Larkspur motor-control library (the "Software").
1. Licence. Larkspur grants Licensee a non-exclusive licence to use and modify the Software solely with Larkspur chips.
${clause}
3. Law. This Agreement is governed by the laws of the State of Nevada.`);

describe('an affiliate named inside a party\'s definition', () => {
  it('belongs to that party: the licensee is us and the licensor group the other side', () => {
    const doc = withAffiliate('2. Notices. Licensee shall send notices to Larkspur by e-mail.');
    const { ctx } = buildContext(doc, asLicensee);
    expect(ctx.parties).toEqual([{ name: 'Larkspur Devices Corporation', shortName: 'Larkspur' }]);
    expect(review(doc, asLicensee).parties).toEqual({ ours: 'Licensee', theirs: 'Larkspur Devices Corporation (Larkspur)' });
  });

  it('an outright assignment of the licensee\'s modifications to it is high for the licensee', () => {
    const assign =
      '2. Ownership. Licensee, for itself and its affiliates, agrees to, and does hereby, assign to Larkspur all right, title and interest in and to derivative works of and any modifications to the Software made by Licensee.';
    const found = review(withAffiliate(assign), asLicensee).findings.filter((f) => f.rule === 'one-sided.assignment');
    expect(found.map((f) => [f.topic, f.severity])).toEqual([['improvements', 'high']]);
  });

  it('the same modifications only declared its property, with no assignment, stay medium', () => {
    const owned = '2. Ownership. All derivative works of and modifications to the Software made by Licensee shall be the sole property of Larkspur.';
    const found = review(withAffiliate(owned), asLicensee).findings.filter((f) => f.rule === 'one-sided.assignment');
    expect(found.map((f) => [f.topic, f.severity])).toEqual([['improvements', 'medium']]);
  });
});

describe('a Markdown title naming the licensor', () => {
  it('is not joined to the opening, and the agreement\'s own name is no short name of the licensor', () => {
    const doc = fromText(`# Tamarind Labs, Inc. Research Data Use and Licence Terms (version 3)

These terms make up the data use terms and licence (together, the "AGREEMENT") for the datasets that Tamarind Labs, Inc. (Tamarind) makes available to You.
1. Use. You shall use the datasets only for research.
2. Law. This AGREEMENT is governed by the laws of the State of Ohio.`);
    const { ctx } = buildContext(doc, asLicensee);
    expect(ctx.parties.map((p) => p.shortName)).not.toContain('AGREEMENT');
  });
});
