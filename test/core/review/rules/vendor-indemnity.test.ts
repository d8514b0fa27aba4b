// A chip vendor's click-through licence: its title describes the vendor by its group ("(AN ... COMPANY)"),
// the vendor is named only where it grants, and the reader promises an uncapped indemnity for a
// "high-risk" use while the vendor's own liability to the reader is capped. Read for the licensee.
// Names and wording invented.
import { limits } from '../../../../src/core/review/rules/liability-words';
import { oneWayIndemnity } from '../../../../src/core/review/rules/one-way-indemnity';
import { makeContext } from './make-context';

const LICENSEE = { scenario: 'technology-license', role: 'licensee' } as const;
const rules = (found: { rule: string; severity: string }[]) => found.map((f) => `${f.rule} ${f.severity}`);

const text = (...terms: string[]) =>
  [
    'KESTREL (AN ORLEN GROUP COMPANY) END USER LICENCE AGREEMENT',
    'BY INSTALLING OR USING THE FIRMWARE, YOU ARE AGREEING TO BE BOUND BY THIS AGREEMENT. IF YOU HAVE BOUGHT THIS LICENCE, YOUR RIGHT TO A REFUND ENDS 30 DAYS AFTER PURCHASE AND BELONGS ONLY TO THE FIRST PURCHASER.',
    '1. Definitions. "Firmware" means the code that runs on a Kestrel controller.',
    '2. Licence. Kestrel Microsystems Corporation ("Kestrel") and its suppliers grant to you a non-exclusive licence to load the Firmware into your products and to distribute it inside them. You will keep the Firmware in binary form. You may not sell the Firmware apart from your products.',
    '3. High Risk Use. A "High Risk Product" is one whose failure could cause serious injury or damage to property. If you build the Firmware into a High Risk Product, you assume all risk of that use and agree to indemnify Kestrel and its suppliers against all liability.',
    ...terms,
  ].join('\n');

const CAP = "4. Limitation. IN NO EVENT SHALL KESTREL'S TOTAL LIABILITY TO YOU EXCEED THE PRICE YOU PAID FOR THE FIRMWARE.";

describe('a vendor described by its group in the title and named where it grants', () => {
  it('is the one party, placed as the licensor; the group description is no party', () => {
    const ctx = makeContext(text(CAP), LICENSEE);
    expect(ctx.parties.map((p) => p.shortName ?? p.name)).toEqual(['Kestrel']);
  });
});

describe('a cap on the liability owed to the reader', () => {
  it('limits the vendor that owes it, not the reader it is owed to', () => {
    const ctx = makeContext(text(CAP), LICENSEE);
    expect(limits(ctx).filter((l) => l.kind === 'cap' && /EXCEED/.test(l.hit.sentence.text)).map((l) => l.side)).toEqual(['A']);
  });
});

describe('the reader\'s uncapped indemnity for a high-risk use', () => {
  it('is raised where the only cap protects the vendor', () => {
    expect(rules(oneWayIndemnity(makeContext(text(CAP), LICENSEE)))).toEqual(['one-sided.one-way-indemnity medium']);
  });
  it('stays quiet where the cap reaches either party', () => {
    const both = "4. Limitation. IN NO EVENT SHALL EITHER PARTY'S TOTAL LIABILITY UNDER THIS AGREEMENT EXCEED ONE THOUSAND US DOLLARS.";
    expect(oneWayIndemnity(makeContext(text(both), LICENSEE))).toEqual([]);
  });
});
