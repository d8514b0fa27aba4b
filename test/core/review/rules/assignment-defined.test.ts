// The other side owns what it licenses "and any derivative works", where the licensed thing is
// defined to include derivatives "regardless of who performs" them: our own translations and
// modifications pass to the licensor. Read through the definitions, two deep.
import { assignment } from '../../../../src/core/review/rules/assignment';
import { makeContext } from './make-context';

const draft = (derivatives: string) =>
  [
    'This Content Licence Agreement is made between Atlas Reference Inc. (the "Licensor") and Hangzhou Zhishi Network Co., Ltd. (the "Licensee").',
    '1.4 "Licensed Content" means the Reference Articles, the Translations and the Licensor Derivatives.',
    `1.7 "Licensor Derivatives" means any modifications or other derivative works of the Licensed Content ${derivatives}.`,
    '3.1 The Licensor shall own all right, title and interest in the Licensed Content and in any derivative works of it.',
  ].join('\n');
const run = (text: string, role: 'licensee' | 'licensor') =>
  assignment(makeContext(text, { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity} ${f.topic}`);

describe('derivative works of licensed content that the licensor owns whoever makes them', () => {
  it('fires for the licensee, whose own derivatives pass', () => {
    expect(run(draft('regardless of who performs them'), 'licensee')).toEqual(['one-sided.assignment medium improvements']);
  });
  it('stays quiet where the derivatives are only those the licensor makes', () => {
    expect(run(draft('made by or for the Licensor'), 'licensee')).toEqual([]);
  });
  it('stays quiet for the licensor, who keeps its own content', () => {
    expect(run(draft('regardless of who performs them'), 'licensor')).toEqual([]);
  });
});
