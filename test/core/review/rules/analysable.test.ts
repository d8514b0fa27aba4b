import { sharesAnalysable } from '../../../../src/core/review/rules/analysable';
import { makeContext } from './make-context';

const shares = (text: string) => sharesAnalysable(makeContext(text).sentences);

describe('what a discloser shares that can be taken apart', () => {
  it('reads software or a device at the head of what is protected', () => {
    expect(shares('"Confidential Information" means the source code, firmware, algorithms and test reports of the Discloser relating to the controller.')).toBe(true);
    expect(shares('"Confidential Information" means any device, drawing or written information that the Discloser marks as confidential.')).toBe(true);
  });
  it('reads prototypes and samples wherever the definition names them', () => {
    expect(
      shares(
        '"Confidential Information" includes, without limitation, business plans, pricing, forecasts, customer lists, supplier terms, marketing studies, personnel data, financial statements, research results, drawings and prototypes.',
      ),
    ).toBe(true);
  });
  it('stays quiet where software is one kind of information near the end of a long list', () => {
    expect(
      shares(
        '"Confidential Information" includes, without limitation, business plans, pricing, forecasts, customer lists, supplier terms, marketing studies, personnel data, financial statements, research results, know-how, processes and software.',
      ),
    ).toBe(false);
  });
  it('stays quiet on a form whose title calls it a sample', () => {
    expect(shares('SAMPLE NON-DISCLOSURE AGREEMENT\nEach Party may disclose business information to the other Party for the Purpose.')).toBe(false);
    expect(shares('The Discloser shall deliver two samples of the sensor module to the Recipient for the Purpose.')).toBe(true);
  });
});
