// An exclusive licence we grant that reaches IP we do not have yet: raised for the licensor, quiet
// where the licence is non-exclusive, where it reaches only what exists at signing, and for the licensee.
import { exclusiveFutureIp } from '../../../../src/core/review/rules/exclusive-future-ip';
import { makeContext } from './make-context';

const opening = 'This Licence and Development Agreement is made between Suzhou Kangning Pharma Co., Ltd. (the "Licensor") and Redwater Therapeutics Inc. (the "Licensee").';
const run = (grant: string, role: 'licensor' | 'licensee' = 'licensor') =>
  exclusiveFutureIp(makeContext([opening, grant].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity} ${f.topic}`);

describe('an exclusive licence over our future IP', () => {
  const grant =
    'The Licensor, on behalf of itself and its Affiliates, hereby grants to the Licensee an exclusive (even as to the Licensor) right and licence to the Products and all current and future Background Intellectual Property owned or controlled by the Licensor to develop and sell the Products in the Territory.';
  it('fires for the licensor', () => {
    expect(run(grant)).toEqual(['one-sided.exclusive-future-ip medium background-license']);
  });
  it('fires on patents hereafter acquired', () => {
    expect(run('The Licensor hereby grants to the Licensee an exclusive licence under the Licensed Patents and any patents hereafter acquired by the Licensor covering the Products.')).toEqual([
      'one-sided.exclusive-future-ip medium background-license',
    ]);
  });
  it('stays quiet on a non-exclusive licence to future improvements', () => {
    expect(run(grant.replace('an exclusive (even as to the Licensor)', 'a non-exclusive'))).toEqual([]);
  });
  it('stays quiet on an exclusive licence to the IP that exists at signing', () => {
    expect(run(grant.replace('all current and future Background Intellectual Property', 'the Background Intellectual Property listed in Schedule 1'))).toEqual([]);
  });
  it('stays quiet for the licensee, who takes it', () => {
    expect(run(grant, 'licensee')).toEqual([]);
  });
});
