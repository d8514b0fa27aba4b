// Drafting points a draw of public licences raised on headings and bilingual names (issue 12): a
// bracket in a heading qualifies the heading and defines nothing, and a name's English form in
// brackets after its Chinese is a name, not a term left undefined. Near misses beside each.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { makeContext } from './make-context';

const terms = (text: string[]) => makeContext(text.join('\n')).definitions.map((d) => d.term);
const unused = (text: string[]) => unusedTerms(makeContext(text.join('\n'))).map((f) => f.message);
const undefinedOnes = (text: string[]) => undefinedTerms(makeContext(text.join('\n'))).map((f) => f.message);

describe('a bracket in a heading', () => {
  const licence = (heading: string) => [
    'Software Licence of Tarnwick Labs',
    'This licence sets out how anyone may use the Tarnwick compiler (the Compiler).',
    heading,
    'Individuals may use the Compiler without charge for study and research (the Study Use).',
    '**Business Edition (Yearly Subscription)**',
    'A company that uses the Compiler (a Business User) pays a yearly fee for each seat.',
    'Each Business User keeps a record of its seats and sends it to Tarnwick Labs each year.',
  ];
  it('qualifies the heading and defines no term', () => {
    const text = licence('**Personal Edition (Free of Charge)**');
    expect(terms(text)).not.toEqual(expect.arrayContaining(['Free of Charge']));
    expect(unused(text).join(' ')).not.toMatch(/Free of Charge|Yearly Subscription/);
  });
  it('still names a term in a sentence where the draft names its terms in brackets without quotes', () => {
    const text = licence('**Personal Edition**');
    expect(terms(text)).toEqual(expect.arrayContaining(['Compiler', 'Study Use', 'Business User']));
    expect(unused(text).join(' ')).toMatch(/Study Use/);
  });
});

describe('a name in English after its Chinese', () => {
  const notice = (owner: string) => [
    `本软件的著作权归${owner}所有。`,
    'The copyright in the software belongs to Qinglan Data (the "Owner").',
    '"Software" means the Qinglan analytics engine and its data files.',
    'Any company that uses the Software must first write to Qinglan Data for a licence.',
    'Qinglan Data may audit any company that uses the Software.',
  ];
  it('reads the English form as the company\'s name', () => {
    expect(undefinedOnes(notice('青岚数据（Qinglan Data）')).join(' ')).not.toMatch(/Qinglan Data/);
  });
  it('still flags the phrase where the Chinese line does not give it', () => {
    expect(undefinedOnes(notice('青岚数据')).join(' ')).toMatch(/Qinglan Data/);
  });
});
