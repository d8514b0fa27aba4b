import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// The developer and the licensor are asked for a confidentiality term where they hand over technology
// (software, know-how, technical data); a design service or a licence of marks and content that
// shares none is not, since nothing of theirs needs protecting. Built on the shipped playbooks.
describe('missing confidentiality only where our side shares technology', () => {
  const gaps = (scenario: 'custom-development' | 'technology-license', role: 'developer' | 'licensor', lines: string[]) =>
    review(fromText(lines.join('\n')), { scenario, role, library, playbooks }).findings.filter((f) => f.rule === 'missing' && f.severity !== 'info').map((f) => f.topic);
  const missing = (scenario: 'custom-development' | 'technology-license', role: 'developer' | 'licensor', lines: string[]) =>
    review(fromText(lines.join('\n')), { scenario, role, library, playbooks }).findings.some((f) => f.rule === 'missing' && f.topic === 'confidentiality');

  const design = 'This Design Services Agreement is made between Nanshan Design Co., Ltd. (the "Developer") and Harbour Resorts Ltd (the "Customer").';
  it('stays quiet for the developer of building designs that shares no technology', () => {
    expect(missing('custom-development', 'developer', [design, 'The Developer shall prepare the concept design and construction drawings for the Customer\'s hotel.'])).toBe(false);
  });
  it('asks the developer that shares no technology for no part of the clause either (use limit, return)', () => {
    const topics = gaps('custom-development', 'developer', [design, 'The Developer shall prepare the concept design and construction drawings for the Customer\'s hotel.']);
    expect(topics.filter((t) => t === 'confidentiality' || t === 'purpose-limitation' || t === 'return-or-destroy')).toEqual([]);
  });
  it('is raised for the developer that delivers its software and know-how', () => {
    expect(missing('custom-development', 'developer', [design, 'The Developer shall deliver the booking software and the know-how needed to operate it.'])).toBe(true);
  });
  const marks = 'This Marketing Agreement is made between Nanshan Media Co., Ltd. (the "Licensor") and Harbour Radio Inc. (the "Licensee").';
  it('stays quiet for the licensor of marks and content, and is raised for the licensor of software', () => {
    expect(missing('technology-license', 'licensor', [marks, 'The Licensor grants the Licensee a non-exclusive licence to use its marks and programme content in the Territory.'])).toBe(false);
    expect(missing('technology-license', 'licensor', [marks, 'The Licensor grants the Licensee a non-exclusive licence to use its scheduling software in the Territory.'])).toBe(true);
  });
});
