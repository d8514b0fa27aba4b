// Confidentiality that reaches into what we make or know ourselves: work built on the other side's
// information taken by whoever disclosed it. Each point fires for the side it hurts and stays quiet on
// the near miss and for the other side.
import { assignment } from '../../../../src/core/review/rules/assignment';
import { priorUse } from '../../../../src/core/review/rules/prior-use';
import { blankPeriod, startUnstated } from '../../../../src/core/review/rules/blank-period';
import { confidentialityElsewhere } from '../../../../src/core/review/rules/confidentiality-elsewhere';
import { lockedResults } from '../../../../src/core/review/rules/locked-results';
import { resultsAnyPurpose } from '../../../../src/core/review/rules/results-any-purpose';
import { publicationResults } from '../../../../src/core/review/rules/publication-results';
import { auditConfidentiality } from '../../../../src/core/review/rules/audit-confidentiality';
import { testResultsOpen } from '../../../../src/core/review/rules/test-results-open';
import { competeBan } from '../../../../src/core/review/rules/compete-ban';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const run = (rule: Rule, scenario: ScenarioId, role: RoleId, ...lines: string[]) =>
  rule(makeContext(lines.join('\n'), { scenario, role })).map((f) => `${f.rule} ${f.severity} ${f.topic}`);

describe('derivatives of confidential information owned by whichever party disclosed it', () => {
  const opening = 'This Development Agreement is made between Harlow Logistics Inc. (the "Client") and Hexi Software Co., Ltd. (the "Developer").';
  const mutual = 'Neither Party shall disclose the Confidential Information of the other Party to any third party.';
  const derived =
    'All Confidential Information, and all Derivatives of it, whether created by the Client or the Developer, are the property of the Disclosing Party.';
  it('fires for the developer, who works on the client\'s information', () => {
    expect(run(assignment, 'custom-development', 'developer', opening, mutual, derived)).toEqual(['one-sided.assignment medium improvements']);
  });
  it('stays quiet for the customer, whose information the work builds on', () => {
    expect(run(assignment, 'custom-development', 'customer', opening, mutual, derived)).toEqual([]);
  });
  it('stays quiet where each side keeps what it makes', () => {
    expect(run(assignment, 'custom-development', 'developer', opening, mutual, 'All Confidential Information remains the property of the Disclosing Party.')).toEqual([]);
  });
  it('stays quiet where the disclosing party is a named party and we disclose', () => {
    const oneWay = 'This Agreement is made between Hexi Energy Co., Ltd. (the "Disclosing Party") and Northfield Trading LLC (the "Recipient").';
    expect(run(assignment, 'pre-deal-disclosure', 'discloser', oneWay, derived.replace('by the Client or the Developer', 'by either party'))).toEqual([]);
  });
});

describe('prior-use rights given up for what we learn from them', () => {
  const nda = 'This Non-Disclosure Agreement is made between Kessler Antriebe GmbH (the "Discloser") and Hexi Energy Co., Ltd. (the "Recipient").';
  const waiver = 'The Recipient shall not derive any right of prior use from its knowledge of the Confidential Information disclosed by the Discloser.';
  it('fires for the recipient, and on a mutual waiver', () => {
    expect(run(priorUse, 'pre-deal-disclosure', 'recipient', nda, waiver)).toEqual(['one-sided.prior-use medium background-ip']);
    expect(run(priorUse, 'pre-deal-disclosure', 'recipient', nda, 'Neither party may claim prior user rights on the basis of information received from the other party.')).toEqual([
      'one-sided.prior-use medium background-ip',
    ]);
  });
  it('stays quiet where what we knew or developed ourselves is kept out', () => {
    expect(run(priorUse, 'pre-deal-disclosure', 'recipient', nda, `${waiver.slice(0, -1)}, except for information it developed independently.`)).toEqual([]);
  });
  it('stays quiet on a waiver by the discloser, and for the discloser', () => {
    expect(run(priorUse, 'pre-deal-disclosure', 'recipient', nda, 'The Discloser shall not claim any right of prior use against the Recipient.')).toEqual([]);
    expect(run(priorUse, 'pre-deal-disclosure', 'discloser', nda, waiver)).toEqual([]);
  });
});

describe('a period left blank', () => {
  const nda = 'This Non-Disclosure Agreement is made between Kessler Antriebe GmbH (the "Discloser") and Hexi Energy Co., Ltd. (the "Recipient").';
  it('fires on the blank term of an NDA, a blank survival period and a blank return deadline', () => {
    expect(run(blankPeriod, 'pre-deal-disclosure', 'recipient', nda, 'This Agreement enters into force on signature and remains in force for a term of … years.')).toEqual([
      'ambiguous.blank-period medium confidentiality',
    ]);
    expect(run(blankPeriod, 'sample-testing', 'provider', 'The obligations of confidentiality shall survive for ____ (__) years after termination of this Agreement.')).toEqual([
      'ambiguous.blank-period medium survival',
    ]);
    expect(run(blankPeriod, 'sample-testing', 'provider', 'The Evaluator shall return or destroy all Samples within [●] days after the end of the evaluation.')).toEqual([
      'ambiguous.blank-period medium return-or-destroy',
    ]);
  });
  it('stays quiet on a filled period, a redacted one and a blank date', () => {
    expect(run(blankPeriod, 'pre-deal-disclosure', 'recipient', nda, 'This Agreement remains in force for a term of five (5) years.')).toEqual([]);
    expect(run(blankPeriod, 'pre-deal-disclosure', 'recipient', nda, 'The obligations of confidentiality shall survive for [***] years after termination.')).toEqual([]);
    expect(run(blankPeriod, 'pre-deal-disclosure', 'recipient', 'This Confidentiality Agreement is entered into this ______ day of ____________, 20__.')).toEqual([]);
  });
  it('stays quiet on a blank period outside confidentiality, survival and return', () => {
    expect(run(blankPeriod, 'technology-license', 'licensee', 'The Licensee shall pay each invoice within ____ days of receipt.')).toEqual([]);
  });
});

describe('confidentiality only by reference to another agreement', () => {
  const licence = 'This Patent Licence Agreement is made between Meridian Patents Inc. (the "Licensor") and Hexi Energy Co., Ltd. (the "Licensee").';
  const reference =
    'All know-how and other confidential information disclosed by a Party under this Agreement shall be governed by the confidentiality obligations set out in Article 9 of the Master Supply Agreement.';
  it('fires for either side', () => {
    expect(run(confidentialityElsewhere, 'technology-license', 'licensee', licence, reference)).toEqual(['ambiguous.confidentiality-elsewhere low confidentiality']);
    expect(run(confidentialityElsewhere, 'technology-license', 'licensor', licence, reference)).toEqual(['ambiguous.confidentiality-elsewhere low confidentiality']);
  });
  it('stays quiet where the draft states its own duty, or refers to itself', () => {
    const duty = 'Each Party shall keep the confidential information of the other Party in strict confidence for five years after this Agreement ends.';
    expect(run(confidentialityElsewhere, 'technology-license', 'licensee', licence, reference, duty)).toEqual([]);
    expect(run(confidentialityElsewhere, 'technology-license', 'licensee', licence, 'Confidential information remains subject to the terms of this Agreement after termination.')).toEqual([]);
  });
});

describe('our own results locked up as their secrets', () => {
  const evaluation = 'This Evaluation Agreement is made between Kessler Antriebe GmbH (the "Provider") and Hexi Energy Co., Ltd. (the "Evaluator").';
  it('fires for the evaluator and the recipient', () => {
    const locked = 'The Evaluator shall not disclose any results or analyses derived from the Evaluation Material to any third party without the prior written consent of the Provider.';
    expect(run(lockedResults, 'sample-testing', 'evaluator', evaluation, locked)).toEqual(['one-sided.locked-results medium test-data']);
    const listed = 'The Evaluator will not: (a) copy the Software; or (b) publish or disclose to any third party any benchmark tests or performance analyses of the Software.';
    expect(run(lockedResults, 'sample-testing', 'evaluator', evaluation, listed)).toEqual(['one-sided.locked-results medium test-data']);
  });
  it('stays quiet where only their disclosure of our results is barred, and for the provider', () => {
    const theirs = 'The Provider shall not disclose any results derived from the testing of the Samples to any third party.';
    expect(run(lockedResults, 'sample-testing', 'evaluator', evaluation, theirs)).toEqual([]);
    expect(run(lockedResults, 'sample-testing', 'provider', evaluation, 'The Evaluator shall not disclose any results of the tests to any third party.')).toEqual([]);
  });
  it('stays quiet on results that are not ours from testing', () => {
    expect(run(lockedResults, 'sample-testing', 'evaluator', evaluation, 'The Evaluator shall not disclose the financial results of the Provider to any third party.')).toEqual([]);
  });
  it('stays quiet where the draft makes the results ours and lets them go to a certifier', () => {
    const owned = 'Test Data is owned by the Evaluator.';
    const bar = 'The Evaluator shall not disclose Test Data to any third party other than a certification body bound by confidentiality obligations.';
    expect(run(lockedResults, 'sample-testing', 'evaluator', evaluation, owned, 'The Evaluator shall not disclose any test reports to any third party.')).toEqual([]);
    expect(run(lockedResults, 'sample-testing', 'evaluator', evaluation, bar)).toEqual([]);
  });
});

describe('the other side may use the results for any purpose', () => {
  const research = 'This Research Agreement is made between Hexi Biotech Co., Ltd. (the "Sponsor") and Northfield University (the "Institution").';
  const anyPurpose = 'The Institution may use the Research Data for teaching and non-commercial research until publication, and for any purpose after publication.';
  it('fires for the sponsor in joint work, and for the provider of samples', () => {
    expect(run(resultsAnyPurpose, 'joint-development', 'technology-owner', research, anyPurpose)).toEqual(['one-sided.results-any-purpose medium results-use']);
    const testing = 'This Evaluation Agreement is made between Hexi Energy Co., Ltd. (the "Provider") and Kessler Antriebe GmbH (the "Evaluator").';
    expect(run(resultsAnyPurpose, 'sample-testing', 'provider', testing, 'The Evaluator shall be free to use the test results for any purpose.')).toEqual([
      'one-sided.results-any-purpose medium results-use',
    ]);
  });
  it('stays quiet on a use limited to research, and on our own right', () => {
    expect(run(resultsAnyPurpose, 'joint-development', 'technology-owner', research, 'The Institution may use the Research Data for teaching and non-commercial research only.')).toEqual([]);
    expect(run(resultsAnyPurpose, 'joint-development', 'technology-owner', research, 'The Sponsor may use the Research Data for any purpose.')).toEqual([]);
  });
  it('stays quiet for a developer whose customer uses the deliverables as it likes', () => {
    const dev = 'This Development Agreement is made between Harlow Logistics Inc. (the "Client") and Hexi Software Co., Ltd. (the "Developer").';
    expect(run(resultsAnyPurpose, 'custom-development', 'developer', dev, 'The Client may use the work product and reports for any purpose.')).toEqual([]);
  });
});

describe('our information removed from their publication, except the results', () => {
  const research = 'This Research Agreement is made between Hexi Biotech Co., Ltd. (the "Sponsor") and Northfield University (the "Institution").';
  const review =
    'Before submitting any manuscript for publication, the Institution shall give the Sponsor 30 days to review it and may be required to remove any confidential information of the Sponsor, other than the Study Results.';
  it('fires for the side whose information is reviewed', () => {
    expect(run(publicationResults, 'joint-development', 'technology-owner', research, review)).toEqual(['one-sided.publication-results medium publication']);
  });
  it('stays quiet where any of our confidential information may be removed', () => {
    expect(run(publicationResults, 'joint-development', 'technology-owner', research, review.replace(', other than the Study Results', ''))).toEqual([]);
  });
  it('stays quiet where the information removed is theirs', () => {
    expect(run(publicationResults, 'joint-development', 'co-developer', research, review)).toEqual([]);
  });
});

describe('an audit of our records with no duty to keep what is seen confidential', () => {
  const licence = 'This Patent Licence Agreement is made between Meridian Patents Inc. (the "Licensor") and Hexi Energy Co., Ltd. (the "Licensee").';
  const audit = 'The Licensor shall have the right, on ten days\' notice, to audit the books and records of the Licensee relating to Net Sales.';
  it('fires for the licensee, also where only the deal\'s terms are to be kept quiet', () => {
    expect(run(auditConfidentiality, 'technology-license', 'licensee', licence, audit)).toEqual(['missing.audit-confidentiality low confidentiality']);
    expect(run(auditConfidentiality, 'technology-license', 'licensee', licence, audit, 'The Licensor shall not disclose the financial terms of this Agreement to any third party.')).toEqual([
      'missing.audit-confidentiality low confidentiality',
    ]);
  });
  it('stays quiet where the auditor must keep what it learns confidential, or a mutual duty applies', () => {
    expect(run(auditConfidentiality, 'technology-license', 'licensee', licence, audit, 'The Licensor shall treat all information obtained in any audit as confidential information of the Licensee.')).toEqual([]);
    expect(run(auditConfidentiality, 'technology-license', 'licensee', licence, audit, 'Neither party shall disclose the confidential information of the other party to any third party.')).toEqual([]);
  });
  it('stays quiet on our own audit right, and for the licensor', () => {
    expect(run(auditConfidentiality, 'technology-license', 'licensee', licence, 'The Licensee may audit the records of the Licensor relating to patent costs.')).toEqual([]);
    expect(run(auditConfidentiality, 'technology-license', 'licensor', licence, audit)).toEqual([]);
  });
});

describe('results of testing our samples with no owner and no use limit', () => {
  const testing = 'This Material Testing Agreement is made between Hexi Energy Co., Ltd. (the "Provider") and Kessler Antriebe GmbH (the "Tester").';
  const exchange = 'Each party shall disclose to the other the results of the tests performed on the Samples and shall keep those results confidential.';
  it('fires for the provider', () => {
    expect(run(testResultsOpen, 'sample-testing', 'provider', testing, exchange)).toEqual(['ambiguous.test-results-open medium test-data']);
  });
  it('stays quiet where the results are owned, or their use is limited', () => {
    expect(run(testResultsOpen, 'sample-testing', 'provider', testing, exchange, 'All test results are the property of the Provider.')).toEqual([]);
    expect(run(testResultsOpen, 'sample-testing', 'provider', testing, exchange, 'The Tester may use the test results only to decide whether to purchase the Samples.')).toEqual([]);
  });
  it('stays quiet on our own test reports, and for the evaluator', () => {
    expect(run(testResultsOpen, 'sample-testing', 'provider', testing, 'The Provider shall deliver a test report with each shipment of Samples.')).toEqual([]);
    expect(run(testResultsOpen, 'sample-testing', 'evaluator', testing, exchange)).toEqual([]);
  });
});

describe('a deadline from a date "shown above" that is not there', () => {
  const opening = 'This Testing Agreement is made between Hexi Energy Co., Ltd. (the "Provider") and Kessler Antriebe GmbH (the "Tester").';
  const deadline = 'The Tester shall return all Samples, or destroy them, no later than sixty (60) days from the effective date shown above.';
  it('fires where no date is written above', () => {
    expect(run(startUnstated, 'sample-testing', 'provider', opening, deadline)).toEqual(['ambiguous.start-unstated medium return-or-destroy']);
  });
  it('stays quiet where the opening gives the date', () => {
    expect(run(startUnstated, 'sample-testing', 'provider', `${opening.slice(0, -1)} on March 3, 2025.`, deadline)).toEqual([]);
    expect(run(startUnstated, 'sample-testing', 'provider', opening, 'This Agreement is dated 3 March 2025.', deadline)).toEqual([]);
  });
});

describe('a ban on building anything similar or competing', () => {
  const evaluation = 'This Evaluation Agreement is made between Kessler Software GmbH (the "Licensor") and Hexi Energy Co., Ltd. (the "Evaluator").';
  const ban = 'The Evaluator shall not access or use the Software in order to develop a similar or competing product.';
  it('fires for the evaluator', () => {
    expect(run(competeBan, 'sample-testing', 'evaluator', evaluation, ban)).toEqual(['one-sided.compete-ban medium residuals']);
  });
  it('stays quiet where our independent work is carved out', () => {
    expect(run(competeBan, 'sample-testing', 'evaluator', evaluation, ban, 'Nothing in this Agreement restricts the Evaluator from developing products independently without use of the Software.')).toEqual([]);
  });
  it('stays quiet on a ban on their side, and for the provider', () => {
    expect(run(competeBan, 'sample-testing', 'evaluator', evaluation, 'The Licensor shall not use the Evaluator\'s feedback to develop a competing product.')).toEqual([]);
    expect(run(competeBan, 'sample-testing', 'provider', evaluation, ban)).toEqual([]);
  });
});
