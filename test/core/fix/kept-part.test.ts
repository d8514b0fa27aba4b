import { replacing } from '../../support/fix-replacing';

const GOVERNING_LAW = { title: 'Governing Law', topic: 'governing-law' };
const FEEDBACK = { title: 'Feedback', topic: 'feedback' };

describe('a fix replaces only the part of a clause it deals with', () => {
  it('keeps the courts of a clause headed with both subjects, and its heading', () => {
    const draft = [
      '11. General',
      '11.1 Notices. Notices must be given in writing to the address on the signature page.',
      '11.2 Governing Law and Jurisdiction. This Agreement is governed by the laws of the State of New York. Each party submits to the exclusive jurisdiction of the state and federal courts located in New York County for any dispute arising out of this Agreement.',
      '11.3 Assignment. Neither party may assign this Agreement without the prior written consent of the other party.',
    ].join('\n\n');
    expect(replacing(draft, 'governed by the laws', GOVERNING_LAW)).toEqual({
      keeps: ['Jurisdiction'],
      deleted: ['This Agreement is governed by the laws of the State of New York.'],
    });
  });

  it('keeps a choice of courts that the heading does not name, as a term of its own', () => {
    const draft = [
      '14. Miscellaneous',
      '14.1 Governing Law. This Agreement is governed by the laws of England and Wales. The courts of London have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.',
      '14.2 Entire Agreement. This Agreement is the entire agreement between the parties on its subject matter.',
    ].join('\n\n');
    expect(replacing(draft, 'laws of England', GOVERNING_LAW)).toEqual({
      keeps: ['dispute-resolution'],
      deleted: ['This Agreement is governed by the laws of England and Wales.'],
    });
  });

  it('keeps the usage-data sentences of a feedback clause, with what follows on from them', () => {
    const draft = [
      '2. Rights',
      '2.4 Feedback and Usage Data. Customer may give Supplier Feedback about the Service. Supplier may use all Feedback freely without any restriction or obligation. Supplier may collect Usage Data to operate and improve the Service. However, Supplier may disclose Usage Data to others only in aggregated form that does not identify Customer.',
      '2.5 Reservation of Rights. Except as expressly stated in this Agreement, neither party grants the other any licence.',
    ].join('\n\n');
    expect(replacing(draft, 'Supplier may use all Feedback', FEEDBACK)).toEqual({
      keeps: ['Usage Data'],
      deleted: ['Customer may give Supplier Feedback about the Service. Supplier may use all Feedback freely without any restriction or obligation.'],
    });
  });

  it('deletes nothing of a clause whose heading names a subject the fix leaves, where one sentence sets out both', () => {
    const draft = [
      '2. Use and Protection of Confidential Information. The Recipient shall: (a) use Confidential Information only to evaluate the proposed supply of battery modules; (b) not disclose Confidential Information to any third party without the Discloser’s prior written consent; and (c) protect Confidential Information with at least reasonable care.',
      '3. Exceptions. The obligations in Section 2 do not apply to information that is or becomes public through no fault of the Recipient.',
    ].join('\n\n');
    expect(replacing(draft, 'only to evaluate', { title: 'Purpose and Permitted Use', topic: 'purpose-limitation' })).toEqual({
      keeps: ['Protection of Confidential Information'],
      deleted: [],
    });
  });

  it('replaces the whole clause where it deals with the fix’s subject alone', () => {
    const draft = [
      '6. Feedback',
      '6.2 Ownership. Supplier owns all Feedback. Partner assigns to Supplier all its right, title and interest in and to Feedback.',
      '6.3 Use. Supplier may use Feedback for any purpose.',
    ].join('\n\n');
    expect(replacing(draft, 'Supplier owns all Feedback', FEEDBACK)).toBeUndefined();
    // A heading with two subjects, neither of them the fix's: nothing tells what the fix leaves.
    const other = '9. Term\n\n9.1 Term and Termination. This Agreement runs for two years. Either party may terminate it on 30 days written notice.';
    expect(replacing(other, 'runs for two years', FEEDBACK)).toBeUndefined();
  });
});
