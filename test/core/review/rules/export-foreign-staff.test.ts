// An export clause that bars foreign nationals, or a deemed export to them, binding our side: our
// company is Chinese, so its own engineers are barred. High where the clause reaches our staff in
// words; quiet where it binds only the other side, for a plain duty to obey export law, and where
// our company is established elsewhere.
import { exportForeignStaff } from '../../../../src/core/review/rules/export-foreign-staff';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Product Development Agreement is made between Brightwater Devices Inc. (the "Developer") and Hangzhou Yunlan Electronics Co., Ltd. (the "Customer").';
const run = (term: string, role: RoleId = 'customer', scenario: ScenarioId = 'custom-development', established?: string) =>
  exportForeignStaff(makeContext([OPENING, term].join('\n'), { scenario, role, ...(established ? { established } : {}) })).map((f) => `${f.rule} ${f.severity}`);

describe('an export clause that bars our own foreign staff', () => {
  it('fires high where the bar reaches our own employees, or is a deemed export', () => {
    expect(run('The Customer shall not disclose any technical data received hereunder to any foreign national, whether or not an employee of the Customer, without prior authorisation of the U.S. Government.')).toEqual([
      'one-sided.export-foreign-staff high',
    ]);
    expect(run('The Customer shall not permit any release of the Developer Technology that would be a deemed export under the Export Administration Regulations without a licence.')).toEqual([
      'one-sided.export-foreign-staff high',
    ]);
  });
  it('fires medium where it bars anyone who is not a U.S. citizen', () => {
    expect(run('The Customer shall not give access to the Confidential Information to any person who is not a U.S. citizen or permanent resident.')).toEqual([
      'one-sided.export-foreign-staff medium',
    ]);
  });
  it('stays quiet where the bar binds only the other side', () => {
    expect(run("The Developer shall not disclose the Customer's specifications to any foreign national, whether or not an employee of the Developer.")).toEqual([]);
  });
  it('stays quiet for a plain duty to obey export law, deemed-export rules included', () => {
    expect(run('Each Party shall comply with all export control laws that apply to the goods and technology it receives under this Agreement.')).toEqual([]);
    expect(
      run('Each Party shall comply with the export laws of the United States, including its deemed export rules, so that no technical data is exported in breach of those laws.'),
    ).toEqual([]);
  });
  it('stays quiet where the bar only restates the law', () => {
    expect(run('The Customer shall not export, re-export or release any technical data to any foreign person in violation of the Export Administration Regulations.')).toEqual([]);
    expect(run('The Customer shall not disclose the Developer Technology to any foreign national except as permitted by applicable export law.')).toEqual([]);
    expect(run('The Customer shall not release any technical data to foreign persons without first obtaining any required export licence.')).toEqual([]);
  });
  it('still fires where the bar tied to the law names our own employees', () => {
    expect(run('The Customer shall not disclose any information received hereunder to any foreign national, whether or not an employee of the Customer, in a manner that is not in compliance with U.S. export controls.')).toEqual([
      'one-sided.export-foreign-staff high',
    ]);
  });
  it('stays quiet where our company is not Chinese', () => {
    expect(
      run('The Customer shall not disclose any technical data received hereunder to any foreign national, whether or not an employee of the Customer.', 'customer', 'custom-development', 'US'),
    ).toEqual([]);
  });
});
