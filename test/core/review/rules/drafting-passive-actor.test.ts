// A passive duty that still says who: the one the cost falls on, named as its responsibility or
// account, or the schedule or section that allocates it. Neither leaves the duty without an actor.
import { shallMisuse } from '../../../../src/core/review/rules/shall';
import { makeContext } from './make-context';

const passives = (text: string) => shallMisuse(makeContext(`This Transport Agreement is made between Riverbend Pipeline S.A. ("Carrier") and Orinoco Crude Ltd ("Shipper").\n${text}`)).length;

describe('passive duties whose actor is named another way', () => {
  it('leaves a cost that is the responsibility or for the account of a party', () => {
    expect(passives('Any tax on the transport shall be borne and will be the sole responsibility of the Party on which the law imposes it.')).toBe(0);
    expect(passives('Storage charges at the terminal shall be borne for the account of the Shipper.')).toBe(0);
  });

  it('leaves a cost allocated in an exhibit or a section', () => {
    expect(passives('Losses from rejected batches shall  be  borne  as  set  out  in  Exhibit  C.')).toBe(0);
    expect(passives('Inspection costs shall be borne in accordance with Section 9.')).toBe(0);
  });

  it('still raises a cost or a duty that names no one', () => {
    expect(passives('Any tax on the transport shall be borne in full before the first delivery.')).toBe(1);
    expect(passives('The line samples shall be returned as soon as testing ends.')).toBe(1);
  });
});
