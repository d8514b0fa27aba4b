// Drafting points on plain-language and filed drafts (issue 12, the fifth drafting draw): a passive
// whose actor is "us" or "you" names its party, and an efforts standard in a line of the table of
// contents binds no one.
import { efforts } from '../../../../src/core/review/rules/efforts';
import { shallMisuse } from '../../../../src/core/review/rules/shall';
import { makeContext } from './make-context';

describe('a passive duty in a plain-language draft', () => {
  it('is quiet where "us" or "you" bears it', () => {
    const text = [
      'If we decide that you used the Marks as this Agreement allows, the cost of the defence, including any settlement, shall be borne by us.',
      'Otherwise the cost of the defence shall be borne by you.',
    ].join('\n');
    expect(shallMisuse(makeContext(text))).toEqual([]);
  });

  it('still fires where no one bears it', () => {
    const found = shallMisuse(makeContext('The cost of the defence, including any settlement, shall be borne in equal shares.'));
    expect(found.map((f) => f.message)).toEqual(['Duties in the passive name no one to perform them (1)']);
  });
});

describe('an efforts standard in the table of contents', () => {
  const toc = 'TABLE OF CONTENTS 1. Grant of Franchise 1 2. Full Time, Attention and Best Efforts 2 3. Initial Term 3';

  it('is neither a best-efforts duty nor a second standard', () => {
    const text = [toc, 'The Franchisee shall use commercially reasonable efforts to open each Outlet by its Opening Date.'].join('\n');
    expect(efforts(makeContext(text))).toEqual([]);
  });

  it('still fires in the clause that imposes it', () => {
    const text = [toc, 'The Franchisee shall devote its full time, attention and best efforts to the Franchised Business.'].join('\n');
    expect(efforts(makeContext(text)).map((f) => f.rule)).toEqual(['drafting.best-efforts']);
  });
});
