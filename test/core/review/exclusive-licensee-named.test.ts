// Someone's "exclusive licensee" is a third party the agreement points to, not exclusivity between
// the parties: "a commercial licence must be had from the Institute or its exclusive licensee". An
// exclusive licence the agreement itself grants, with no territory, is still a point.
import { fromText, review } from '../../../src/core/review';

const head = 'This Software Evaluation Licence is made between the Halden Institute of Technology (the "Institute") and Shenzhen Lumen Robotics Co., Ltd. (the "Licensee").';
const rules = (text: string) =>
  review(fromText([head, text].join('\n')), { scenario: 'technology-license', role: 'licensee' }).findings.map((f) => `${f.rule}/${f.topic}`);

describe("a third party's exclusive licensee", () => {
  it.each([
    "Before any commercial sale of a product built on the Toolkit, the Licensee must obtain a commercial licence from the Institute or, where one has been appointed, the Institute's exclusive licensee.",
    'Requests for commercial use shall be sent to the Institute or to its exclusive licensees, whose terms apply to that use.',
  ])('is no exclusivity: %s', (text) => {
    expect(rules(text)).not.toContain('ambiguous.exclusivity-scope/exclusivity');
  });
  it('still reads an exclusive licence the agreement grants', () => {
    expect(rules('The Institute hereby grants to the Licensee an exclusive licence to sell products built on the Toolkit.')).toContain(
      'ambiguous.exclusivity-scope/exclusivity',
    );
  });
});
