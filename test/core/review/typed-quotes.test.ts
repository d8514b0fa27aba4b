// Typed drafts quote a party's short name with two single quotes, backticks or a mix of curly and
// straight marks. The parties and terms are read from them as from plain quotes, so a person
// defined as (the ''Employee") is a party, and the duty the draft puts on that person is theirs.
import { fromText, review } from '../../../src/core/review';
import { findDefinitions } from '../../../src/core/review/definitions';
import { segment } from '../../../src/core/review/segment';
import { partyRefs } from '../../../src/core/review/rules/side';
import { plainQuotes } from '../../../src/core/review/typed-quotes';
import { makeContext } from './rules/make-context';

const SERVICE = [
  'SERVICE AGREEMENT',
  "This Agreement is dated 3 February 2025 and is made between Harbourline Systems Limited, a company incorporated in England and Wales (hereinafter ''Company''), and John Smith (the ''Employee\").",
  '1. Duties',
  '1.1 The Employee shall use his best endeavours to promote the interests of the Company and shall devote the whole of his working time to its business.',
  '1.2 The Company shall pay the Employee a salary of GBP 60,000 a year in equal monthly instalments.',
  '2. Inventions',
  '2.1 All inventions made by the Employee in the course of his employment shall belong to the Company, and the Employee hereby assigns them to the Company.',
].join('\n');

const terms = (text: string) => {
  const doc = fromText(text);
  return findDefinitions(doc, segment(doc).sentences).map((d) => d.term);
};

describe('typed quote marks', () => {
  it('are read as plain double quotes at the same length, apostrophes kept', () => {
    const typed = "Acme (the ''Employee\"), ``Licensee'', `Supplier', ”Distributor” and „Lieferant“; the Company's staff and the Parties' rights";
    const plain = plainQuotes(typed);
    expect(plain).toHaveLength(typed.length);
    expect(plain).toBe('Acme (the  "Employee"),  "Licensee" , "Supplier", "Distributor" and "Lieferant"; the Company\'s staff and the Parties\' rights');
    // Nothing to read: the same string back.
    expect(plainQuotes("the Supplier's duty")).toBe("the Supplier's duty");
  });

  it('define terms however the draft types them', () => {
    expect(terms("The software described in Schedule 1 (hereinafter ``Licensed Software'') is licensed, not sold.")).toEqual(['Licensed Software']);
    expect(terms("Written notice given under clause 12 (a ''Notice'') takes effect on receipt.")).toEqual(['Notice']);
    expect(terms('“Territory" means the People\'s Republic of China, excluding Hong Kong.')).toEqual(['Territory']);
    // An apostrophe pair in prose quotes nothing.
    expect(terms("The Distributors' obligations under clause 4 continue after termination.")).toEqual([]);
  });

  it('find both parties where the opening quotes their short names with two single quotes', () => {
    const ctx = makeContext(SERVICE, { scenario: 'custom-development', role: 'customer' });
    expect(ctx.parties).toEqual([
      { name: 'Harbourline Systems Limited', shortName: 'Company' },
      { name: 'John Smith', shortName: 'Employee' },
    ]);
    expect(partyRefs(ctx, 'The Employee shall assign to the Company').map((r) => `${r.text}:${r.side}`)).toEqual(['Employee:A', 'Company:B']);
  });

  it("give the employee's best endeavours duty to the other side, for the company", () => {
    const key = (role: 'customer' | 'developer') =>
      review(fromText(SERVICE), { scenario: 'custom-development', role })
        .findings.filter((f) => f.rule === 'drafting.best-efforts')
        .map((f) => f.wording?.message.key);
    expect(key('customer')).toEqual(['review.rule.drafting.best-efforts-theirs.message']);
    // For the employee the duty is its own: the plain point about the standard.
    expect(key('developer')).toEqual(['review.rule.drafting.best-efforts.message']);
  });
});
