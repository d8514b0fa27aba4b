// The provider of a hosted service may suspend our access with no notice owed, and nothing lets us
// take our data out: medium for the customer. Quiet where notice is owed, where we may export our
// data, where the service holds none of our data, and for the provider.
import { suspensionNoExport } from '../../../../src/core/review/rules/suspension-no-export';
import { makeContext } from './make-context';

const opening = 'This Cloud Service Agreement is made between Larkspur Analytics, Inc. ("Provider") and Ningbo Haitong Smart Manufacturing Co., Ltd. ("Customer").';
const data = 'Customer is responsible for all Customer Content that Customer and its Users submit to the Service.';
const suspension =
  'If Customer has an undisputed balance outstanding for more than 30 days, or uses the Service in breach of this Agreement, Provider may suspend Customer\'s access to the Service with or without notice.';
const run = (terms: string[], role: 'licensee' | 'licensor' = 'licensee') =>
  suspensionNoExport(makeContext([opening, ...terms].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a suspension of our access without notice and no way to take our data out', () => {
  it('is raised for the customer whose data the service holds', () => {
    expect(run([data, suspension, 'Upon Customer\'s request, Provider will delete Customer Content within 60 days.'])).toEqual(['one-sided.suspension-no-export medium']);
  });
  it('stays quiet where the customer may export its data', () => {
    expect(run([data, suspension, 'For 30 days after termination, Customer may export or download Customer Content through the Service.'])).toEqual([]);
  });
  it('stays quiet where notice is owed before a suspension', () => {
    expect(run([data, 'Provider may suspend Customer\'s access to the Service on ten (10) days\' prior written notice if an undisputed invoice remains unpaid.'])).toEqual([]);
  });
  it('stays quiet where the service holds none of our data', () => {
    expect(run([suspension])).toEqual([]);
  });
  it('stays quiet for the provider that holds the right', () => {
    expect(run([data, suspension], 'licensor')).toEqual([]);
  });
});
