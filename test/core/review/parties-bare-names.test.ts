// Two companies a joint development agreement names only by their names, with no role word. Which
// one is ours the review does not guess from the order of the opening or from who pays (a sponsor
// that funds the research may be the one whose technology it is, or the co-developer): it lists both
// and takes ours from our company's name (--our-party, the company name in Settings).
import { review } from '../../../src/core/review/engine';
import { fromText } from '../../../src/core/review/text';
import { makeContext } from './rules/make-context';

const OPENING = 'This Joint Development Agreement is made between Corvane Corp. ("Corvane") and Alder Thermal Inc. ("Alder").';
const WORKS = '1.1 Alder shall carry out the Research Program described in Schedule 1, and Corvane shall pay Alder the sums set out in Schedule 2.';
const VESTS = '2.1 Ownership of all Results arising from the Research Program shall vest solely in Corvane.';

const run = (lines: string[], companyName?: string) =>
  review(fromText(lines.join('\n')), { scenario: 'joint-development', role: 'technology-owner', locale: 'en', ...(companyName ? { companyName } : {}) });
const highs = (r: ReturnType<typeof review>) => r.findings.filter((f) => f.severity === 'high').map((f) => f.rule);

describe('bare company names in a joint development', () => {
  it('without our company, places neither, raises no high on the vesting and lists both parties for the reader to choose', () => {
    const r = run([OPENING, WORKS, VESTS]);
    expect(highs(r)).not.toContain('one-sided.results-taken');
    expect(r.parties).toEqual({ others: ['Corvane Corp. (Corvane)', 'Alder Thermal Inc. (Alder)'] });
  });
});

describe('a party named on a cover page with no bracket and no company form', () => {
  const cover = ['COLLABORATION AGREEMENT', 'between', 'Corvane', 'hereinafter referred to as “Corvane”', 'and Alder Thermal Inc.', 'hereinafter referred to as “Alder”'];
  const acts = ['1.1 Corvane shall notify Alder of each filing.', '1.2 Corvane will bear the cost of each filing.', '1.3 Alder warrants that it will perform its obligations hereunder using reasonable care and skill.'];

  it('is a party, named as the cover page names it', () => {
    const ctx = makeContext([...cover, ...acts].join('\n'), { scenario: 'joint-development', role: 'technology-owner' });
    expect(ctx.parties.map((p) => p.name)).toEqual(['Alder Thermal Inc.', 'Corvane']);
  });

  it('lets results vesting solely in it be read as the other side’s once our company is named', () => {
    expect(highs(run([...cover, ...acts, VESTS], 'Alder Thermal'))).toContain('one-sided.results-taken');
  });

  it('is no party where the terms never have it act', () => {
    const ctx = makeContext([...cover, '1.1 Alder warrants that it will perform its obligations hereunder using reasonable care and skill.'].join('\n'), { scenario: 'joint-development', role: 'technology-owner' });
    expect(ctx.parties.map((p) => p.name)).toEqual(['Alder Thermal Inc.']);
  });
});
