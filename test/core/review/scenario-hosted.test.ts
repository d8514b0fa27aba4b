// A subscription to a service the provider runs is read as a licence to use it, by its title: not as an
// NDA because its confidentiality section speaks of a "Recipient", nor as services made to order.
import { fromText, review } from '../../../src/core/review';

const body = [
  'During the Subscription Period, Customer may access and use the Cloud Service for its internal business purposes.',
  'Provider will provide the support described in the Order Form.',
  'The Recipient will use the Discloser\'s Confidential Information only to exercise its rights under this Agreement.',
  'The Recipient will not disclose Confidential Information to any third party except its employees who need to know it.',
  'Upon termination, the Recipient will return or destroy the Discloser\'s Confidential Information.',
].join('\n');
const scenarioOf = (title: string) => review(fromText(`${title}\n${body}`)).scenario;

describe('the kind of deal of a hosted service', () => {
  it('is a technology licence where the title names a cloud service or software as a service', () => {
    expect(scenarioOf('Cloud Service Agreement')).toBe('technology-license');
    expect(scenarioOf('Cloud Terms (Version 2.0)')).toBe('technology-license');
    expect(scenarioOf('SaaS Subscription Agreement')).toBe('technology-license');
  });
  it('stays a distribution for a reseller of the service, and a pilot for a trial of it', () => {
    expect(scenarioOf('SaaS Reseller Agreement')).toBe('exclusive-partnership');
    expect(scenarioOf('Cloud Service Pilot Agreement')).toBe('sample-testing');
  });
  it('stays services made to order where the title names professional services', () => {
    expect(scenarioOf('Professional Services Agreement')).toBe('custom-development');
  });
});
