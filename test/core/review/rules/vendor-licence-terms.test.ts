// Terms a hardware vendor's licence puts on the company that builds its parts into products: the
// vendor keeps a right to end the licence without cause, takes the fixes the licensee makes, and has
// the licensee promise never to sue over its own patents. Read for the licensee. Names and wording invented.
import { assignment } from '../../../../src/core/review/rules/assignment';
import { nonAssert } from '../../../../src/core/review/rules/non-assert';
import { terminationAtWill } from '../../../../src/core/review/rules/termination-at-will';
import { makeContext } from './make-context';

const LICENSEE = { scenario: 'technology-license', role: 'licensee' } as const;
const rules = (found: { rule: string; severity: string }[]) => found.map((f) => `${f.rule} ${f.severity}`);

const opening = 'This Kit Licence Agreement is made between Tessaly Instruments Inc. (the "Licensor") and Ningbo Ampere Cells Co., Ltd. (the "Licensee").';
const grant = '1. The Licensor grants the Licensee a non-exclusive licence to load the Kit Software into products that use Tessaly modules and to distribute it inside them.';
const withTerms = (...terms: string[]) => makeContext([opening, grant, ...terms].join('\n'), LICENSEE);

describe('a licensor that retains the right to end the agreement without cause', () => {
  it('is raised for the licensee', () => {
    const ctx = withTerms('2. The Licensor retains the right to terminate this Agreement without cause on thirty (30) days\' written notice to the Licensee.');
    expect(rules(terminationAtWill(ctx))).toEqual(['one-sided.termination-at-will medium']);
  });
  it('stays quiet where the right it retains needs a cause', () => {
    const ctx = withTerms('2. The Licensor retains the right to terminate this Agreement if the Licensee fails to pay any fee within thirty (30) days of its due date.');
    expect(terminationAtWill(ctx)).toEqual([]);
  });
});

// A form that names its maker and calls its reader "Licensee" throughout, and slips once or twice
// into "Licensor" for the maker: the maker named is the licensor.
const form = (slip: string) =>
  makeContext(
    [
      'KIT SOFTWARE LICENCE',
      'This product is licensed, not sold, and may be used only under this licence agreement.',
      'DEFINITIONS. (1) "Kit Software" shall mean the software shipped on the kit. (2) "Licensee" shall refer to the buyer of the kit. (3) "Corvane" shall refer to Corvane Systems Incorporated, an Ohio corporation located in Dayton, Ohio.',
      '1. Corvane grants the Licensee a non-exclusive licence to use the Kit Software with the kit. The Licensee may sub-license the Kit Software only inside products that carry the kit.',
      '2. The Licensee shall not copy the Kit Software. The Licensee shall keep the Kit Software free of liens.',
      `3. ${slip}`,
      "4. Corvane may terminate this Agreement at any time without cause on thirty (30) days' written notice to the Licensee.",
    ].join('\n'),
    LICENSEE,
  );

describe('a maker named by name, with a stray "Licensor" beside many uses of "Licensee"', () => {
  it('is read as the licensor, so its right to end at will is raised', () => {
    expect(rules(terminationAtWill(form('Notices to the Licensor go to its last known address.')))).toEqual(['one-sided.termination-at-will medium']);
  });
  it('is not placed where the other label is used as often as the licensee\'s', () => {
    const even = 'The Licensor shall support the Licensor\'s kit. The Licensor shall answer the Licensor\'s forum. The Licensor shall keep the Licensor\'s records.';
    expect(terminationAtWill(form(even))).toEqual([]);
  });
});

describe('the licensee\'s fixes to the licensed software owned by the licensor', () => {
  it('are raised as improvements taken', () => {
    const ctx = withTerms('2. The Licensor shall own all rights in any bug fixes, workarounds or other error corrections made by the Licensee to the Kit Software.');
    expect(rules(assignment(ctx))).toEqual(['one-sided.assignment medium']);
  });
  it('stay quiet where the licensee keeps them', () => {
    const ctx = withTerms('2. The Licensee shall own all rights in any bug fixes, workarounds or other error corrections it makes to the Kit Software.');
    expect(assignment(ctx)).toEqual([]);
  });
});

describe('a promise by the licensee not to enforce its own rights', () => {
  const raised = ['one-sided.non-assert medium'];
  it('is raised where it covers the licensee\'s rights in its own modifications', () => {
    const ctx = withTerms(
      '2. The Licensee covenants with the Licensor that it will not commence any lawsuit against the Licensor or its customers alleging infringement of the Licensee\'s patent rights in its modifications to the Kit Software.',
    );
    expect(rules(nonAssert(ctx))).toEqual(raised);
  });
  it('is raised where it covers every patent the licensee owns or controls, with no date to close the set', () => {
    const ctx = withTerms('2. The Licensee covenants that it will not assert any claim that the Kit Software infringes any patent owned or controlled by the Licensee.');
    expect(rules(nonAssert(ctx))).toEqual(raised);
  });
  it('stays quiet where the set is closed at signing, or the promise is the licensor\'s', () => {
    const closed = '2. The Licensee covenants that it will not assert any claim that the Kit Software infringes any patent owned or controlled by the Licensee as of the Effective Date.';
    expect(nonAssert(withTerms(closed))).toEqual([]);
    const theirs = '2. The Licensor covenants that it will not assert any claim that the Licensee\'s products infringe any patent owned or controlled by the Licensor.';
    expect(nonAssert(withTerms(theirs))).toEqual([]);
  });
});

// A click-through licence addressed to its reader: "you" is the licensee.
const clickThrough = (accept: string) =>
  makeContext(
    [
      'VELLORA MICRO INC. END USER LICENCE',
      `${accept}`,
      '1. Licence. Vellora Micro Inc. grants to you a non-exclusive licence to use the Software to create firmware for Vellora chips.',
      '2. You may distribute the firmware only when installed on a Vellora chip. You must keep the source code confidential.',
      '3. You hereby covenant that you will not assert any claim that the Software, or any derivative of it made by Vellora, infringes any intellectual property right owned or controlled by you.',
    ].join('\n'),
    LICENSEE,
  );

describe('a click-through licence accepted by using the software', () => {
  it('reads "you are agreeing to be bound" as making the reader the licensee, whose promise not to sue is raised', () => {
    expect(rules(nonAssert(clickThrough('BY USING THE SOFTWARE, YOU ARE AGREEING TO BE BOUND BY THIS AGREEMENT.')))).toEqual(['one-sided.non-assert medium']);
    expect(rules(nonAssert(clickThrough('By using the Software, you agree to be bound by this Agreement.')))).toEqual(['one-sided.non-assert medium']);
  });
});
