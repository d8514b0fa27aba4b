import { detectTopics, segment, fromText } from '../../../src/core/review';

const joint = (text: string): boolean => detectTopics(segment(fromText(text)).sentences)['joint-ownership'].present;

// Joint ownership of intellectual property in the ways contracts word it, beside the same words
// used for land, pipelines, companies and committees.
describe('joint ownership is read as co-owned intellectual property', () => {
  it.each([
    'Each Party shall own an equal, undivided right, title and interest in and to all Collaboration Inventions.',
    'Any patent application claiming a Joint Invention shall be owned by the Parties in equal undivided shares.',
    'Each party shall have an undivided fifty percent (50%) interest in the Program Technology, without a duty to account to the other.',
    'Intellectual property conceived during the Project shall be owned by the Parties jointly.',
    'All Results generated under the Work Plan shall vest jointly in the Company and the Institute.',
    'The Software developed under Phase 2 shall be the common property of the parties.',
    'The copyright in the compilation shall be registered in the names of both parties.',
    'The Parties intend the Documentation to be a joint work of authorship, and each Party shall be a joint author of it.',
    'The parties shall jointly prosecute any patent applications claiming inventions made under this Agreement.',
    'The parties will jointly cooperate on any enforcement action against infringement of the Co-Branded Mark.',
    'Licensor and Licensee shall jointly own all Improvements conceived by employees of both of them.',
    'Each party shall hold a fifty percent (50%) interest in the patents arising from the Project.',
    'The intellectual property rights in the Results shall be shared by both Parties.',
    'Patents arising from the Project shall be jointly held by the Parties.',
    // A party called "the Company" is not a jointly owned company.
    'Inventions made jointly by the Company and Consultant shall be jointly owned by the Company and Consultant.',
  ])('fires: %s', (text) => {
    expect(joint(text)).toBe(true);
  });

  it.each([
    // Oil and gas, real property and infrastructure are co-owned in the same words.
    'Assignor hereby conveys to Assignee an undivided fifty percent (50%) working interest in the Leases.',
    'The Wet Segment shall be owned by the Parties in common and undivided shares as set out in Schedule B.',
    'The Premises shall be held by the Purchasers as tenants in common.',
    // A joint venture company is owned together; that is not joint IP even where it holds IP.
    'The Parties shall form a jointly owned company, which shall hold the licence to the Licensed Technology.',
    'The Joint Venture Company, co-owned by the Parties, shall exploit the Licensed Patents in the Territory.',
    'The Licensed Patents shall be transferred to a company which is jointly owned by the Parties.',
    // Committees and plans named "Joint".
    'The Joint Technology Committee shall review the Development Plan each quarter.',
    'The Joint Patent Committee shall meet twice a year to review the filing strategy.',
    // Doing things together is not owning together.
    'The parties shall jointly defend any claim that the Product infringes a third party\'s patent.',
    'The parties shall jointly file the merger notification with the competition authority.',
    'The Parties shall jointly develop the marketing plan for the launch of the Product.',
    'The Guarantors shall be jointly and severally liable for the obligations of the Licensee under this Agreement.',
    // Sharing costs, royalties or a right to use is not sharing ownership.
    'The costs of filing patents shall be shared equally by the Parties.',
    'Each party shall have an equal share in the royalties received from licensing the Licensed Patents.',
    'The right to use the Results shall be shared by both Parties for research.',
    // Ownership ruled out.
    'No Licensed Patent is jointly owned by Licensor and any other person.',
    'Nothing in this Agreement shall create any joint ownership of the Licensed Technology.',
  ])('stays quiet: %s', (text) => {
    expect(joint(text)).toBe(false);
  });
});
