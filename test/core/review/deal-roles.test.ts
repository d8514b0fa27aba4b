import { fixesFor } from '../../../src/core/fix';
import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// Two companies neither placed are listed for the reader to choose (draft-parties.ts): no side is named.
const sidesTaken = (p: ReturnType<typeof review>['parties']) => ({ ...(p?.ours ? { ours: p.ours } : {}), ...(p?.theirs ? { theirs: p.theirs } : {}) });

// Two companies called only by their short names: what each does in the deal places it on a side.
const LICENCE = `PATENT LICENSE AGREEMENT
This Patent License Agreement is made between Norrvik Instruments AB ("Norrvik") and Tianhe Medical Devices Co., Ltd. ("Tianhe").
1. Grant. Norrvik hereby grants to Tianhe a non-exclusive license under the Licensed Patents to make and sell Licensed Products in the Territory.
2. Royalties. Tianhe shall pay to Norrvik a royalty of three percent (3%) of Net Sales of Licensed Products, within thirty (30) days after the end of each calendar quarter.
3. Governing Law. This Agreement is governed by the laws of Sweden.`;

const CROSS_LICENCE = `CROSS-LICENSE AGREEMENT
This Cross-License Agreement is made between Norrvik Instruments AB ("Norrvik") and Tianhe Medical Devices Co., Ltd. ("Tianhe").
1. Grants. Norrvik hereby grants to Tianhe a non-exclusive license under the Norrvik Patents, and Tianhe hereby grants to Norrvik a non-exclusive license under the Tianhe Patents.
2. Governing Law. This Agreement is governed by the laws of Sweden.`;

const MANUFACTURING = `MANUFACTURING AGREEMENT
This Manufacturing Agreement is made between Lakeshore Audio, Inc. ("Lakeshore") and Dongguan Precision Electronics Co., Ltd. ("DPE").
1. Supply. DPE shall manufacture the Products in accordance with the Specifications and deliver them to Lakeshore.
2. Orders. Lakeshore may issue purchase orders for the Products from time to time.
3. Payment. Lakeshore shall pay each invoice within forty-five (45) days after receiving it.`;

describe('the side of two parties named only by company name', () => {
  it('takes the party that grants the licence and is paid royalties for the licensor, for either side', () => {
    const doc = fromText(LICENCE);
    expect(review(doc, { scenario: 'technology-license', role: 'licensee' }).parties).toEqual({
      ours: 'Tianhe Medical Devices Co., Ltd. (Tianhe)',
      theirs: 'Norrvik Instruments AB (Norrvik)',
    });
    expect(review(doc, { scenario: 'technology-license', role: 'licensor' }).parties).toEqual({
      ours: 'Norrvik Instruments AB (Norrvik)',
      theirs: 'Tianhe Medical Devices Co., Ltd. (Tianhe)',
    });
  });

  it('takes the party that manufactures and is paid for the developer, for either side', () => {
    const doc = fromText(MANUFACTURING);
    expect(review(doc, { scenario: 'custom-development', role: 'developer' }).parties?.ours).toBe('Dongguan Precision Electronics Co., Ltd. (DPE)');
    expect(review(doc, { scenario: 'custom-development', role: 'customer' }).parties?.ours).toBe('Lakeshore Audio, Inc. (Lakeshore)');
  });

  it('takes the party that discloses for the discloser, and names no side where each party discloses', () => {
    const opening = 'NON-DISCLOSURE AGREEMENT\nThis Non-Disclosure Agreement is made between Norrvik Instruments AB ("Norrvik") and Tianhe Medical Devices Co., Ltd. ("Tianhe").';
    const oneWay = fromText(`${opening}\n1. Disclosure. Norrvik will disclose Confidential Information to Tianhe to evaluate a possible supply of sensor modules.`);
    expect(review(oneWay, { scenario: 'pre-deal-disclosure', role: 'recipient' }).parties?.ours).toBe('Tianhe Medical Devices Co., Ltd. (Tianhe)');
    expect(review(oneWay, { scenario: 'pre-deal-disclosure', role: 'discloser' }).parties?.ours).toBe('Norrvik Instruments AB (Norrvik)');
    const mutual = fromText(`${opening}\n1. Disclosure. Norrvik will disclose Confidential Information to Tianhe, and Tianhe will disclose Confidential Information to Norrvik.`);
    expect(sidesTaken(review(mutual, { scenario: 'pre-deal-disclosure', role: 'discloser' }).parties)).toEqual({});
  });

  it('takes the party that assigns what it makes for the developer in commissioned work', () => {
    const doc = fromText(`SOFTWARE DEVELOPMENT AGREEMENT
This Software Development Agreement is made between Lakeshore Audio, Inc. ("Lakeshore") and Dongguan Precision Electronics Co., Ltd. ("DPE").
1. Ownership. DPE hereby assigns to Lakeshore all right, title and interest in the firmware written under this Agreement.`);
    expect(review(doc, { scenario: 'custom-development', role: 'customer' }).parties?.ours).toBe('Lakeshore Audio, Inc. (Lakeshore)');
    // Both acting together place neither: "Lakeshore and DPE shall" is no act of one side.
    const together = fromText(`SOFTWARE DEVELOPMENT AGREEMENT
This Software Development Agreement is made between Lakeshore Audio, Inc. ("Lakeshore") and Dongguan Precision Electronics Co., Ltd. ("DPE").
1. Plan. Lakeshore and DPE shall develop the Software under a written development plan.`);
    expect(sidesTaken(review(together, { scenario: 'custom-development', role: 'customer' }).parties)).toEqual({});
  });

  it('reads a grant whose term and exceptions come before the licence, with a section number between', () => {
    const text = `RESELLER AGREEMENT
This Reseller Agreement is made between Harbourline Systems, Inc., a Florida Corporation whose registered office is at 40 Bay Street, Tampa ("Harbourline") and Qingshan Software Co., Ltd., a company organised under the laws of the People's Republic of China ("Qingshan").
2.1 Qingshan hereby grants to Harbourline during the Term and subject to the exclusions described in 2.4 below an exclusive, non-transferable licence in the United States to market and distribute the Software.
2.2 Harbourline shall pay each invoice within thirty (30) days after receiving it.`;
    expect(review(fromText(text), { scenario: 'exclusive-partnership', role: 'supplier' }).parties).toEqual({
      ours: 'Qingshan Software Co., Ltd. (Qingshan)',
      theirs: 'Harbourline Systems, Inc. (Harbourline)',
    });
  });

  it('names no side where each party grants the other a licence', () => {
    expect(sidesTaken(review(fromText(CROSS_LICENCE), { scenario: 'technology-license', role: 'licensee' }).parties)).toEqual({});
    expect(sidesTaken(review(fromText(CROSS_LICENCE), { scenario: 'technology-license', role: 'licensor' }).parties)).toEqual({});
  });

  it('names no side from acts that do not fit the deal: a customer handing over its specifications is no developer', () => {
    const doc = fromText(`DEVELOPMENT AGREEMENT
This Development Agreement is made between Lakeshore Audio, Inc. ("Lakeshore") and Dongguan Precision Electronics Co., Ltd. ("DPE").
1. Materials. Lakeshore shall provide the technical information and materials needed for the work.
2. Governing Law. This Agreement is governed by the laws of California.`);
    expect(sidesTaken(review(doc, { scenario: 'custom-development', role: 'developer' }).parties)).toEqual({});
  });

  it('weighs a term for our side once it is known, and its fix names each party as the draft does', () => {
    const doc = fromText(`${LICENCE}\n4. Termination. Norrvik shall have the right to terminate the license at any time for any reason by giving written notice to Tianhe.`);
    const licensee = review(doc, { scenario: 'technology-license', role: 'licensee', playbooks, library });
    const licensor = review(doc, { scenario: 'technology-license', role: 'licensor', playbooks, library });
    const atWill = (r: typeof licensee) => r.findings.filter((f) => f.kind === 'one-sided' && /terminat/i.test(f.evidence[0]?.text ?? ''));
    expect(atWill(licensee).length).toBeGreaterThan(0);
    expect(atWill(licensee).some((f) => /could not tell which party/i.test(f.message))).toBe(false);
    expect(atWill(licensor)).toEqual([]);
    // Our clause lets the licensee, Tianhe, sell off its stock when the licensor, Norrvik, ends the licence.
    const fix = fixesFor(library, licensee, doc)(atWill(licensee)[0]!.fix!)!;
    const words = fix.paragraphs.map((p) => p.text).join('\n');
    expect(words).toMatch(/other than by Norrvik's termination[^.]*, Tianhe may/);
  });
});
