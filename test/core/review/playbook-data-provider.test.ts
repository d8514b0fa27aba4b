import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// We lend a data set to a research institute for analysis. Nothing physical or executable passes, so
// there is nothing to take apart, to hold title in as a thing, or to improve on: the provider's
// playbook does not ask for those terms. Where samples, devices or software pass beside the data, it
// still does. Built on the shipped playbooks.
describe('a data provider in a sample or data evaluation', () => {
  const THINGS = ['no-reverse-engineering', 'sample-ownership', 'improvements'];
  const raised = (lines: string[]) =>
    review(fromText(lines.join('\n')), { scenario: 'sample-testing', role: 'provider', library, playbooks })
      .findings.filter((f) => f.rule === 'missing' && THINGS.includes(f.topic))
      .map((f) => f.topic)
      .sort();
  const opening =
    'This Data Access Agreement is made between Lanting Mobility Co., Ltd. ("Provider") and the Northfield Institute of Transport ("Recipient"), for the Recipient\'s study of urban charging demand.';
  const dataOnly = [
    opening,
    'Provider will make available to the Recipient the anonymised charging session records described in Schedule 1 (the "Data Set").',
    'The Recipient shall use the Data Set only for the study and shall not try to identify any driver from it.',
    'The Recipient shall keep the Data Set confidential and shall not disclose it to any third party.',
  ];

  it('does not ask for a reverse-engineering ban, sample ownership or improvements where only data is lent', () => {
    expect(raised(dataOnly)).toEqual([]);
  });
  it('still asks for them where a device is lent beside the data', () => {
    // Near miss: the same data, with a charger lent to read it from.
    expect(raised([...dataOnly, 'Provider will also lend the Recipient two charging devices of model LT-7 to log new sessions.'])).toEqual(THINGS.slice().sort());
  });
  it('still asks for them where software is provided beside the data', () => {
    expect(raised([...dataOnly, 'Provider will provide the Recipient with its session parser software to read the Data Set.'])).toEqual(THINGS.slice().sort());
  });
  it('reads a promotional material named in a publicity clause as no hand-over', () => {
    expect(raised([...dataOnly, 'Neither party may name the other in any promotional material or public announcement without its prior written consent.'])).toEqual([]);
  });
});
