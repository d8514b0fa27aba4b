import { ownConsent } from '../../../../src/core/review/rules/own-consent';
import { makeContext } from './make-context';

const PARTIES = 'This Distribution Agreement is made between Voltcell Energy Co., Ltd. (the "Company") and Andes Power S.A. (the "Distributor").';

describe('a party barred from acting without its own consent', () => {
  it('flags a restriction lifted by the consent of the party it binds', () => {
    const text = [
      PARTIES,
      'The Distributor shall pass on to the Company any proposals for product improvement from end users, but shall have no right to make modifications without the Distributor\'s consent.',
    ].join('\n');
    const [f] = ownConsent(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.own-consent', severity: 'low', kind: 'drafting' });
    expect(f!.evidence[0]!.text).toContain("Distributor's consent");
  });

  it('is quiet when the consent is the other side\'s, or when the restriction concerns another party\'s acts', () => {
    const text = [
      PARTIES,
      'The Distributor shall not modify the Products without the prior written consent of the Company.',
      'The Distributor may not assign this Agreement without the Company\'s prior written consent.',
      'The Company shall not permit the Distributor to appoint sub-distributors without the Company\'s written approval.',
    ].join('\n');
    expect(ownConsent(makeContext(text))).toEqual([]);
  });

  it('is quiet when a party named only by its short name acts without the other party\'s consent', () => {
    const text = [
      'This Agreement is made between Suntrail Energy Co., Ltd. ("Suntrail") and Andes Solar S.A. ("Andes Solar").',
      'The licence above does not extend to Andes Solar\'s Background IP, and Suntrail shall not identify Andes Solar as the source of Feedback without Andes Solar\'s prior consent.',
    ].join('\n');
    const ctx = makeContext(text);
    ctx.parties = [{ name: 'Andes Solar S.A.', shortName: 'Andes Solar' }, { name: 'Another Party Ltd.', shortName: 'Another' }];
    expect(ownConsent(ctx)).toEqual([]);
  });
});
