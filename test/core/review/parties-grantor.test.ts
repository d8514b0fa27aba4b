import { buildContext, fromText, review } from '../../../src/core/review';

// A licence posted with software: the opening binds "you" and names nobody; the licensor is named
// only where it grants the licence, or where the notice says who owns the copyright.
const posted = (grant: string, more = '') =>
  fromText(`SOFTWARE LICENCE
BY INSTALLING THE TOOLKIT YOU ACCEPT THIS LICENCE ON BEHALF OF THE ORGANISATION YOU WORK FOR ("YOU"). IF YOU DO NOT ACCEPT IT, DO NOT INSTALL THE TOOLKIT.
QUILLON RESERVES THE RIGHT, AT ITS DISCRETION, TO AMEND THIS AGREEMENT AT ANY TIME BY POSTING THE AMENDED TEXT ON ITS WEBSITE.
1. Licence. ${grant}
2. Use. You shall use the Toolkit only inside Your own organisation and shall keep every copy secure.
3. Term. ${more || 'This Agreement continues until You stop using the Toolkit.'}
4. Law. This Agreement is governed by the laws of the State of New York.`);

const GRANT = 'Quillon Analytics, Inc. ("Quillon") hereby grants You a limited, non-exclusive, royalty-free licence to install and run the Toolkit.';
const asLicensee = { scenario: 'technology-license', role: 'licensee' } as const;
const rules = (doc: ReturnType<typeof fromText>) => review(doc, asLicensee).findings.filter((f) => f.severity !== 'low').map((f) => f.rule);

describe('a licensor named only where it grants the licence', () => {
  it('is the other side, and its reserved right to amend the terms is raised for the licensee', () => {
    const r = review(posted(GRANT), asLicensee);
    expect(r.parties?.theirs).toContain('Quillon Analytics, Inc.');
    expect(rules(posted(GRANT))).toContain('one-sided.terms-change');
  });

  it('a licence it may end for no reason is raised; the licensee ending it at will is not', () => {
    const ends = 'Quillon may terminate this Agreement and the licence granted herein if You breach any of its terms, for any other reason, or for no reason.';
    expect(rules(posted(GRANT, ends))).toContain('one-sided.licence-end');
    const ours = 'You may terminate this Agreement and the licence granted herein at any time by deleting every copy.';
    expect(rules(posted(GRANT, ours))).not.toContain('one-sided.licence-end');
  });

  it('a grant by You to the named party does not make it the licensor', () => {
    const back = 'You hereby grant to Quillon Analytics, Inc. ("Quillon") a licence to use any comments You send about the Toolkit.';
    const doc = posted(back);
    expect(review(doc, asLicensee).parties?.theirs).toBeUndefined();
    expect(rules(doc)).not.toContain('one-sided.terms-change');
  });

  it('an opening that names both parties keeps them', () => {
    const text = `LICENCE AGREEMENT
This Licence Agreement is made between Brightwell Systems Ltd. ("Licensor") and Norcastle Robotics Inc. ("Licensee").
1. Grant. Quillon Analytics, Inc. ("Quillon") hereby grants Licensee a licence to use the Quillon libraries bundled with the Software.
2. Fees. Licensee shall pay Licensor the fees in Schedule 1 within thirty (30) days after each invoice.`;
    const names = buildContext(fromText(text), asLicensee).ctx.parties.map((p) => p.name);
    expect(names).toEqual(['Brightwell Systems Ltd.', 'Norcastle Robotics Inc.']);
  });
});

describe('a licensor named as the owner of the copyright', () => {
  const notice = (owner: string) =>
    fromText(`COPYRIGHT NOTICE AND LICENCE
The copyright in this software and its documentation (the "Software") belongs to ${owner}.
No person may copy, modify or distribute the Software without written permission from the Copyright Holder.
Enterprise users shall buy an annual licence for each user before putting the Software into production.
Harrow Code Works reserves the right to revise this notice at any time by publishing the revised notice on its website.`);

  it('is the other side, and its right to revise the notice alone is raised', () => {
    const doc = notice('Harrow Code Works (hereinafter referred to as "the Copyright Holder")');
    expect(review(doc, asLicensee).parties?.theirs).toContain('Harrow Code Works');
    expect(rules(doc)).toContain('one-sided.terms-change');
  });

  it('a name with no role defined beside it places no party', () => {
    const doc = notice('Harrow Code Works (hereinafter "Harrow")');
    expect(review(doc, asLicensee).parties?.theirs).toBeUndefined();
  });
});
