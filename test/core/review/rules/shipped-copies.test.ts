// A licence to firmware that a device maker builds into the products it sells: when the licence ends,
// the copies already with its customers and the finished stock in its warehouse must stay licensed.
// Read for the licensee. Names and wording invented.
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { fixesFor } from '../../../../src/core/fix';
import { fromText, review } from '../../../../src/core/review';
import { shippedCopies } from '../../../../src/core/review/rules/shipped-copies';
import { makeContext } from './make-context';

const LICENSEE = { scenario: 'technology-license', role: 'licensee' } as const;
const LICENSOR = { scenario: 'technology-license', role: 'licensor' } as const;
const rules = (found: { rule: string; severity: string }[]) => found.map((f) => `${f.rule} ${f.severity}`);

const opening = 'This Firmware Licence Agreement is made between Varnholt Semiconductor GmbH (the "Licensor") and Xiamen Brightcell Energy Co., Ltd. (the "Licensee").';
const grant = '1. The Licensor grants the Licensee a non-exclusive licence to load the Controller Firmware into battery products made by the Licensee and to distribute it, in object code only, inside those products.';
const ending = '2. Either party may terminate this Agreement on ninety (90) days\' written notice. Upon termination of this Agreement for any reason, the Licensee shall stop using the Controller Firmware and destroy every copy of it in its possession.';
const draft = (...terms: string[]) => [opening, grant, ending, ...terms].join('\n');

describe('a licence to firmware we ship that can end with nothing keeping shipped copies licensed', () => {
  it('is raised for the licensee, quoting what happens on termination', () => {
    const found = shippedCopies(makeContext(draft(), LICENSEE));
    expect(rules(found)).toEqual(['one-sided.shipped-copies medium']);
    expect(found[0]!.evidence[0]!.text).toContain('Upon termination of this Agreement');
  });

  it('is raised where the licence ends only for a breach', () => {
    const breach = '2. The Licensor may terminate this Agreement if the Licensee fails to pay any fee within thirty (30) days after a written demand.';
    expect(rules(shippedCopies(makeContext([opening, grant, breach].join('\n'), LICENSEE)))).toEqual(['one-sided.shipped-copies medium']);
  });

  it('stays quiet where end-user licences granted before the ending survive', () => {
    const kept = '3. Licences that the Licensee has granted to its end users before termination shall survive any termination of this Agreement.';
    expect(shippedCopies(makeContext(draft(kept), LICENSEE))).toEqual([]);
  });

  it('stays quiet where the licensee may sell off its stock', () => {
    const stock = '3. For sixty (60) days after termination the Licensee may continue to sell the battery packs it holds in inventory on that date.';
    expect(shippedCopies(makeContext(draft(stock), LICENSEE))).toEqual([]);
    expect(shippedCopies(makeContext(draft('3. The Licensee shall have a sell-off period of ninety (90) days.'), LICENSEE))).toEqual([]);
  });

  it('stays quiet where we may not pass the firmware on, and for the licensor', () => {
    const useOnly = '1. The Licensor grants the Licensee a non-exclusive licence to use the Controller Firmware in its laboratory to test battery packs.';
    expect(shippedCopies(makeContext([opening, useOnly, ending].join('\n'), LICENSEE))).toEqual([]);
    expect(shippedCopies(makeContext(draft(), LICENSOR))).toEqual([]);
  });

  it('stays quiet for a patent licence to make and sell, where units sold are free of the patent', () => {
    const patent = '1. The Licensor grants the Licensee a non-exclusive licence under the Licensed Patents to make, use and sell battery packs.';
    expect(shippedCopies(makeContext([opening, patent, ending].join('\n'), LICENSEE))).toEqual([]);
  });
});

describe('the fix offered', () => {
  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in library does not validate');
  const library = loaded.library;
  it('keeps end-user licences, gives a sell-off period left blank, in the draft\'s names', () => {
    const doc = fromText(draft());
    const result = review(doc, { library, scenario: 'technology-license', role: 'licensee' });
    const f = result.findings.find((x) => x.rule === 'one-sided.shipped-copies');
    expect(f?.fix).toEqual({ clause: 'termination', variant: 'shipped-copies' });
    const text = fixesFor(library, result, doc)(f!.fix!)!.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('does not affect any licence that Licensee, its affiliates');
    expect(text).toContain('For [number of days] days after the date of ending');
  });
});
