// Terms that are there, in words the topic reading missed: a duty "in the strictest confidence", a
// licence of a contractor's prior inventions, a worldwide grant and a reservation of other rights in
// Chinese. Each beside a near miss in nearly the same words.
import { detectTopics, fromText, segment } from '../../../src/core/review';
import type { TopicId } from '../../../src/core/topics';

const present = (topic: TopicId, text: string) => detectTopics(segment(fromText(text)).sentences)[topic].present;

describe('confidentiality with the article', () => {
  it('reads "maintain … in the strictest confidence"', () => {
    expect(present('confidentiality', 'The Tester shall maintain the beta build and its manuals in the strictest confidence.')).toBe(true);
    // Near miss: confidence in the product is no duty.
    expect(present('confidentiality', 'The Tester shall maintain the beta build on a machine it trusts and report its results.')).toBe(false);
  });
});

describe('a licence of prior inventions', () => {
  it('reads a licence to practise the contractor\'s own invention used in the work', () => {
    expect(
      present(
        'background-license',
        'If the Consultant builds one of its prior inventions into a Company product, the Consultant hereby grants to the Company a non-exclusive, royalty-free, perpetual, worldwide license, with the right to sublicense, to practice and exploit such invention.',
      ),
    ).toBe(true);
    // Near miss: the invention is assigned, not licensed.
    expect(present('background-license', 'The Consultant hereby assigns to the Company all rights in each invention it makes under this Agreement.')).toBe(false);
  });
});

describe('Chinese grant wording', () => {
  it('reads a worldwide grant among the licence\'s qualifiers as a territory', () => {
    expect(present('territory', '许可方授予被许可方永久的、全球范围的、非独占的软件使用许可。')).toBe(true);
    // Near miss: the world named, but no grant.
    expect(present('territory', '本项目的用户分布在全球范围，贡献者应当及时回复问题。')).toBe(false);
  });
  it('reads a reservation of everything not granted as no implied licence', () => {
    expect(present('no-implied-license', '除本协议约定的许可外，贡献者保留其贡献的所有权利。')).toBe(true);
    // Near miss: a right kept, with no grant it is set against.
    expect(present('no-implied-license', '贡献者保留修改其联系方式的权利。')).toBe(false);
  });
});
