import { residuals } from '../../../../src/core/review/rules/residuals';
import { assignment } from '../../../../src/core/review/rules/assignment';
import { perpetualLicense } from '../../../../src/core/review/rules/perpetual-license';
import { retention } from '../../../../src/core/review/rules/retention';
import { oneWayExclusivity } from '../../../../src/core/review/rules/one-way-exclusivity';
import { publication } from '../../../../src/core/review/rules/publication';
import { oneWayNoImpliedLicense } from '../../../../src/core/review/rules/no-implied-license';
import { makeContext } from './make-context';

const NDA_PARTIES = 'This Agreement is between Acme Batteries Inc. (the "Disclosing Party") and Nordlys Motors AB (the "Receiving Party").';
const RESIDUALS =
  'The Receiving Party may use for any purpose the Residuals, meaning information retained in the unaided memory of its employees who had access to Confidential Information.';

describe('residuals', () => {
  it('is high when we disclose', () => {
    const [f] = residuals(makeContext(`${NDA_PARTIES}\n${RESIDUALS}`, { scenario: 'pre-deal-disclosure', role: 'discloser' }));
    expect(f).toMatchObject({ rule: 'one-sided.residuals', severity: 'high', kind: 'one-sided', topic: 'residuals' });
  });

  it('is quiet when we are the receiving party', () => {
    expect(residuals(makeContext(`${NDA_PARTIES}\n${RESIDUALS}`, { scenario: 'pre-deal-disclosure', role: 'recipient' }))).toEqual([]);
  });

  it('says so, at lower severity, when our side is unknown', () => {
    const [f] = residuals(makeContext(`${NDA_PARTIES}\n${RESIDUALS}`));
    expect(f).toMatchObject({ severity: 'low' });
    expect(f!.why).toMatch(/could not tell which party is yours/);
  });

  it('reads a mutual residuals clause written in lower case', () => {
    const text = `${NDA_PARTIES}\nEither party shall be free to use for any purpose the residuals resulting from access to or work with the other party's Confidential Information.`;
    expect(residuals(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser' }))[0]).toMatchObject({ severity: 'high' });
    const payments = `${NDA_PARTIES}\nThe Receiving Party will not owe any fees, residuals or other amounts to any guild for the deliverables.`;
    expect(residuals(makeContext(payments, { scenario: 'pre-deal-disclosure', role: 'discloser' }))).toEqual([]);
  });

  it('reads a defined "Residual Information" granted by its capitalised name, and not a defined term that is never granted', () => {
    const defined =
      '"Residual Information" means Confidential Information of the disclosing party retained in intangible form in the minds of the receiving party\'s employees who had access to it.';
    const granted = 'Notwithstanding anything else in this Agreement, the receiving party shall be free to use any Residual Information for any purpose whatsoever.';
    const text = `${NDA_PARTIES}\n${defined}\n${granted}`;
    expect(residuals(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser' }))[0]).toMatchObject({ rule: 'one-sided.residuals', severity: 'high' });
    expect(residuals(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'recipient' }))).toEqual([]);
    expect(residuals(makeContext(`${NDA_PARTIES}\n${defined}`, { scenario: 'pre-deal-disclosure', role: 'discloser' }))).toEqual([]);
  });

  it('reads whose staff remember them, past a party named between the grant and its subject', () => {
    const grant = (whose: string) =>
      `${NDA_PARTIES}\nThe Receiving Party may build similar products without obligation to the Disclosing Party, and is free to use the residuals of Confidential Information for any purpose, where "residuals" means information retained in the memories of representatives of the ${whose}.`;
    expect(residuals(makeContext(grant('Receiving Party'), { scenario: 'pre-deal-disclosure', role: 'discloser' }))[0]).toMatchObject({ severity: 'high' });
    expect(residuals(makeContext(grant('Disclosing Party'), { scenario: 'pre-deal-disclosure', role: 'discloser' }))).toEqual([]);
  });

  it('is quiet when residuals are ruled out', () => {
    const text = `${NDA_PARTIES}\nNo right to use residuals is granted, and the Receiving Party shall not use any information retained in the unaided memory of its employees.`;
    expect(residuals(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser' }))).toEqual([]);
  });
});

const SAMPLE_PARTIES = 'This Evaluation Agreement is made between Acme Batteries Inc. ("Provider") and Nordlys Motors AB ("Evaluator").';

describe('improvements and feedback assigned to the other side', () => {
  const improvements =
    'Evaluator shall own all improvements and modifications to the Samples made by Evaluator during the evaluation.';

  it('is high when improvements to our samples go to the evaluator', () => {
    const [f] = assignment(makeContext(`${SAMPLE_PARTIES}\n${improvements}`, { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ rule: 'one-sided.assignment', severity: 'high', topic: 'improvements' });
  });

  it('is quiet when we are the evaluator', () => {
    expect(assignment(makeContext(`${SAMPLE_PARTIES}\n${improvements}`, { scenario: 'sample-testing', role: 'evaluator' }))).toEqual([]);
  });

  it('is quiet when improvements stay with the provider', () => {
    const text = `${SAMPLE_PARTIES}\nAll improvements and modifications to the Samples shall be the sole and exclusive property of Provider.`;
    expect(assignment(makeContext(text, { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
  });

  it('finds the assignee after the thing assigned', () => {
    const text = `${SAMPLE_PARTIES}\nProvider shall assign all modifications of the Samples made during the evaluation to Evaluator.`;
    expect(assignment(makeContext(text, { scenario: 'sample-testing', role: 'provider' }))[0]).toMatchObject({ severity: 'high' });
    const back = `${SAMPLE_PARTIES}\nEvaluator shall assign all modifications of the Samples made during the evaluation to Provider.`;
    expect(assignment(makeContext(back, { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
  });

  it('reads improvements from testing our samples that "shall belong to" the evaluator', () => {
    const text = `${SAMPLE_PARTIES}\nAll data, reports and any improvements arising from Evaluator's testing shall belong to Evaluator.`;
    expect(assignment(makeContext(text, { scenario: 'sample-testing', role: 'provider' }))[0]).toMatchObject({ severity: 'high', topic: 'improvements' });
    expect(assignment(makeContext(text.replace('shall belong to Evaluator', 'shall belong to Provider'), { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
    expect(assignment(makeContext(text, { scenario: 'sample-testing', role: 'evaluator' }))).toEqual([]);
  });

  it('flags feedback assigned to the provider when we evaluate', () => {
    const text = `${SAMPLE_PARTIES}\nEvaluator hereby assigns to Provider all right, title and interest in any Feedback.`;
    const [f] = assignment(makeContext(text, { scenario: 'sample-testing', role: 'evaluator' }));
    expect(f).toMatchObject({ severity: 'medium', topic: 'feedback' });
  });
});

const LICENSE_PARTIES = 'This Agreement is between Acme Batteries Inc. ("Licensor") and Nordlys Motors AB ("Licensee").';

describe('perpetual or irrevocable licence to our IP', () => {
  const grant = 'Licensor hereby grants to Licensee a perpetual, irrevocable, worldwide licence to use the Licensed Technology.';

  it('is high when we grant it in a joint development', () => {
    const text = 'This Agreement is between Acme Batteries Inc. ("Technology Owner") and Nordlys Motors AB ("Co-Developer").\nTechnology Owner hereby grants to Co-Developer a perpetual, irrevocable licence to use the Background IP.';
    const [f] = perpetualLicense(makeContext(text, { scenario: 'joint-development', role: 'technology-owner' }));
    expect(f).toMatchObject({ rule: 'one-sided.perpetual-license', severity: 'high', topic: 'background-license' });
  });

  it('is medium in a technology licence, where it may be the bargain itself', () => {
    const [f] = perpetualLicense(makeContext(`${LICENSE_PARTIES}\n${grant}`, { scenario: 'technology-license', role: 'licensor' }));
    expect(f).toMatchObject({ rule: 'one-sided.perpetual-license', severity: 'medium', kind: 'one-sided' });
  });

  it('is quiet when we are the licensee', () => {
    expect(perpetualLicense(makeContext(`${LICENSE_PARTIES}\n${grant}`, { scenario: 'technology-license', role: 'licensee' }))).toEqual([]);
  });

  it('names the grantee when our side is unknown', () => {
    // The engine reads this draft as a technology licence, where a lasting licence weighs less.
    const [f] = perpetualLicense(makeContext(`${LICENSE_PARTIES}\n${grant}`));
    expect(f).toMatchObject({ severity: 'low', message: 'A perpetual or irrevocable licence to Licensee' });
    expect(f!.why).toMatch(/could not tell which party is yours/);
  });

  it('is quiet on a cross-licence when our side is unknown', () => {
    const text = `${LICENSE_PARTIES}\n${grant}\nLicensee hereby grants to Licensor a perpetual, irrevocable licence to use the Improvements.`;
    expect(perpetualLicense(makeContext(text))).toEqual([]);
  });

  it('is quiet on a licence for the term', () => {
    const text = `${LICENSE_PARTIES}\nLicensor hereby grants to Licensee a non-transferable licence during the Term to use the Licensed Technology.`;
    expect(perpetualLicense(makeContext(text, { scenario: 'technology-license', role: 'licensor' }))).toEqual([]);
  });
});

describe('their right to keep samples or data', () => {
  it('fires when the evaluator may keep the samples', () => {
    const text = `${SAMPLE_PARTIES}\nAfter the evaluation, Evaluator may retain the Samples and all test data for its own use.`;
    const [f] = retention(makeContext(text, { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ rule: 'one-sided.retention', severity: 'medium' });
  });

  it('is quiet when the evaluator may not keep them', () => {
    const text = `${SAMPLE_PARTIES}\nEvaluator may not retain any Samples or copies of the test data after the evaluation.`;
    expect(retention(makeContext(text, { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
  });

  it('accepts that samples used up in the tests are not returned', () => {
    const text = `${SAMPLE_PARTIES}\nEvaluator may consume, cut or destroy Samples in the tests and is not required to return Samples consumed in those tests.`;
    expect(retention(makeContext(text, { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
  });

  it('accepts copies the other side keeps of what is licensed to it, and not copies of the rest', () => {
    const sale = 'This Intellectual Property Agreement is made between Lindqvist Energy AB (the "Seller") and Hexi Energy Co., Ltd. (the "Purchaser").';
    const needed = 'To the extent such documents and Software relate to the patents licensed to the Seller under this Agreement, the Seller shall be permitted to retain a reasonable number of copies of such documents and Software.';
    expect(retention(makeContext(`${sale}\n${needed}`, { scenario: 'technology-license', role: 'licensee' }))).toEqual([]);
    const all = 'After the Closing, the Seller shall be permitted to retain copies of all documents and Software delivered to the Purchaser, whether or not licensed to the Purchaser.';
    expect(retention(makeContext(`${sale}\n${all}`, { scenario: 'technology-license', role: 'licensee' })).map((f) => f.rule)).toEqual(['one-sided.retention']);
  });

  it('accepts an archival copy kept for legal compliance, not archives kept as the keeper\'s own policies decide', () => {
    const text = `${SAMPLE_PARTIES}\nEvaluator may retain one copy of the Confidential Information solely for legal compliance purposes.`;
    expect(retention(makeContext(text, { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
    const policies = `${SAMPLE_PARTIES}\nEvaluator may retain copies of the Confidential Information for archiving in accordance with its internal policies.`;
    expect(retention(makeContext(policies, { scenario: 'sample-testing', role: 'provider' })).map((f) => f.rule)).toEqual(['one-sided.retention']);
  });
});

describe('their right to publish without our review', () => {
  it('fires when the evaluator may publish and we provide the samples', () => {
    const text = `${SAMPLE_PARTIES}\nEvaluator may publish the results of its testing of the Samples in scientific journals.`;
    const [f] = publication(makeContext(text, { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ rule: 'one-sided.publication', severity: 'high', topic: 'publication' });
  });

  it('is quiet when we review first', () => {
    const text = `${SAMPLE_PARTIES}\nEvaluator may publish the results of its testing after Provider has had thirty days to review the proposed publication.`;
    expect(publication(makeContext(text, { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
  });
});

const DISTRIBUTION_PARTIES = 'This Agreement is between Acme Batteries Inc. ("Supplier") and Nordlys Motors AB ("Distributor").';

describe('exclusivity binding only us', () => {
  const appoint = 'Supplier appoints Distributor as its exclusive distributor of the Products in the Territory.';

  it('fires when only the supplier is bound and we are the supplier', () => {
    const [f] = oneWayExclusivity(makeContext(`${DISTRIBUTION_PARTIES}\n${appoint}`, { scenario: 'exclusive-partnership', role: 'supplier' }));
    expect(f).toMatchObject({ rule: 'one-sided.exclusivity', severity: 'medium', topic: 'exclusivity' });
  });

  it('is quiet when the distributor commits to a minimum purchase', () => {
    const text = `${DISTRIBUTION_PARTIES}\n${appoint}\nDistributor shall purchase the minimum purchase quantities set out in Schedule 2 in each contract year.`;
    expect(oneWayExclusivity(makeContext(text, { scenario: 'exclusive-partnership', role: 'supplier' }))).toEqual([]);
  });

  it('is quiet when we are the distributor', () => {
    expect(oneWayExclusivity(makeContext(`${DISTRIBUTION_PARTIES}\n${appoint}`, { scenario: 'exclusive-partnership', role: 'distributor' }))).toEqual([]);
  });

  it('names the bound party when our side is unknown', () => {
    const [f] = oneWayExclusivity(makeContext(`${DISTRIBUTION_PARTIES}\n${appoint}`));
    expect(f).toMatchObject({ severity: 'low' });
    expect(f!.message).toBe('Exclusivity binds only Supplier');
  });
});

describe('our side through the parties\' names', () => {
  it('maps a company name to the role label given beside it', () => {
    const text = [
      'This Agreement is between Acme Batteries Inc. ("Acme" or the "Supplier") and Nordlys Motors AB ("Nordlys" or the "Distributor").',
      'Acme appoints Nordlys as its exclusive distributor of the Products in the Territory.',
    ].join('\n');
    const [f] = oneWayExclusivity(makeContext(text, { scenario: 'exclusive-partnership', role: 'supplier' }));
    expect(f).toMatchObject({ rule: 'one-sided.exclusivity', severity: 'medium' });
    expect(oneWayExclusivity(makeContext(text, { scenario: 'exclusive-partnership', role: 'distributor' }))).toEqual([]);
  });
});

// The drafter names itself and labels us by role: "Nordhalde" against "the Supplier".
const NAMED_EVALUATOR =
  'This Agreement is made between Nordhalde Automobilwerke AG ("Nordhalde") and Jiangnan Cell Technology Co., Ltd. (the "Supplier").';

describe('a party named only by its company name', () => {
  const keep = 'Nordhalde may retain the Samples and all Test Data after the Evaluation Period for use in its future development programmes.';

  it('is the other side of the one labelled by role, so its right to keep samples is against the provider', () => {
    const [f] = retention(makeContext(`${NAMED_EVALUATOR}\n${keep}`, { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ rule: 'one-sided.retention', severity: 'medium' });
    expect(f!.message).toBe('The other side may keep "the Samples and all Test Data"');
    expect(f!.why).not.toMatch(/could not tell/);
  });

  it('never reports a term in our favour as against us when we are the evaluator', () => {
    const ctx = makeContext(`${NAMED_EVALUATOR}\n${keep}`, { scenario: 'sample-testing', role: 'evaluator' });
    expect(retention(ctx)).toEqual([]);
    const more = [
      NAMED_EVALUATOR,
      'All Feedback shall be the exclusive property of Nordhalde.',
      'The Supplier hereby assigns to Nordhalde all right, title and interest in any improvements to the Samples.',
      'The Supplier grants Nordhalde a perpetual, irrevocable licence to use the Test Data.',
    ].join('\n');
    const evaluator = makeContext(more, { scenario: 'sample-testing', role: 'evaluator' });
    expect([...assignment(evaluator), ...perpetualLicense(evaluator)]).toEqual([]);
  });
});

describe('feedback owned by the other side when we provide the technology', () => {
  it('is medium: we could not use their comments on our own product', () => {
    const text = `${SAMPLE_PARTIES}\nAll feedback on the Samples shall be the exclusive property of Evaluator.`;
    const [f] = assignment(makeContext(text, { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ rule: 'one-sided.assignment', severity: 'medium', topic: 'feedback' });
    expect(f!.message).toBe('The other side would own its feedback on your technology');
  });

  it('files an assignment of improvements that mentions feedback under improvements', () => {
    const text = `${SAMPLE_PARTIES}\nProvider hereby assigns to Evaluator all improvements to the Samples that result from the Evaluator's feedback.`;
    const [f] = assignment(makeContext(text, { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ severity: 'high', topic: 'improvements' });
  });

  it('is quiet when the feedback is ours', () => {
    const text = `${SAMPLE_PARTIES}\nAll feedback on the Samples shall be the exclusive property of Provider.`;
    expect(assignment(makeContext(text, { scenario: 'sample-testing', role: 'provider' }))).toEqual([]);
  });
});

describe('an exclusive right held by the other side', () => {
  const text = [
    'This Agreement is between Ridgeline Power Systems, Inc. ("Ridgeline") and Huaxin Energy Materials Co., Ltd. (the "Technology Owner").',
    'Ridgeline shall have the exclusive right to commercialize the Joint Products in North America.',
  ].join('\n');

  it('binds us when we are the technology owner and nothing binds them', () => {
    const [f] = oneWayExclusivity(makeContext(text, { scenario: 'joint-development', role: 'technology-owner' }));
    expect(f).toMatchObject({ rule: 'one-sided.exclusivity', severity: 'medium' });
  });

  it('is quiet for the side that holds it', () => {
    expect(oneWayExclusivity(makeContext(text, { scenario: 'joint-development', role: 'co-developer' }))).toEqual([]);
  });
});

describe('the provider keeping its own samples', () => {
  it('is no concern of the evaluator', () => {
    const text = `${SAMPLE_PARTIES}\nProvider may retain any Samples that Evaluator returns, and may retain the unused Samples at its premises.`;
    expect(retention(makeContext(text, { scenario: 'sample-testing', role: 'evaluator' }))).toEqual([]);
  });

  it('is a concern when it keeps the evaluator\'s test reports', () => {
    const text = `${SAMPLE_PARTIES}\nProvider may retain the test reports and data that Evaluator delivers and use them for marketing.`;
    expect(retention(makeContext(text, { scenario: 'sample-testing', role: 'evaluator' }))[0]).toMatchObject({ rule: 'one-sided.retention' });
  });
});

describe('a residuals right only our own staff enjoy', () => {
  it('is in our favour when we disclose', () => {
    const text = `${NDA_PARTIES}\nThe Disclosing Party may use the Residuals retained in the unaided memory of its employees.`;
    expect(residuals(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser' }))).toEqual([]);
  });

  it('still counts against us when it is mutual', () => {
    const text = `${NDA_PARTIES}\nEach party may use the Residuals retained in the unaided memory of its employees.`;
    expect(residuals(makeContext(text, { scenario: 'pre-deal-disclosure', role: 'discloser' }))[0]).toMatchObject({ severity: 'high' });
  });
});

describe('a no-implied-licence term that runs one way', () => {
  const provider = { scenario: 'sample-testing' as const, role: 'provider' as const };

  it('fires when only we are denied a licence', () => {
    const text = `${NAMED_EVALUATOR}\nNothing in this Agreement grants the Supplier any licence under Nordhalde's intellectual property rights.`;
    const [f] = oneWayNoImpliedLicense(makeContext(text, provider));
    expect(f).toMatchObject({ rule: 'one-sided.no-implied-license', kind: 'one-sided', topic: 'no-implied-license' });
    expect(f!.evidence[0]!.text).toContain('grants the Supplier any licence');
  });

  it.each([
    'Nothing in this Agreement grants Nordhalde any licence under the Supplier\'s intellectual property rights.',
    'Nothing in this Agreement grants either Party any licence under the other Party\'s intellectual property rights.',
    'Except as expressly stated in this Agreement, no licence to a Party\'s Background IP is granted by implication, estoppel or otherwise.',
  ])('is quiet when the term protects us too: %s', (clause) => {
    expect(oneWayNoImpliedLicense(makeContext(`${NAMED_EVALUATOR}\n${clause}`, provider))).toEqual([]);
  });

  it('is quiet when a second term denies them a licence too', () => {
    const text = [
      NAMED_EVALUATOR,
      'Nothing in this Agreement grants the Supplier any licence under Nordhalde\'s intellectual property rights.',
      'No licence under any patent or know-how of the Supplier is granted to Nordhalde by this Agreement.',
    ].join('\n');
    expect(oneWayNoImpliedLicense(makeContext(text, provider))).toEqual([]);
  });
});

describe('two transfers in one sentence', () => {
  const OEM_PARTIES = 'This Agreement is made between Valmora Automotive S.p.A. ("OEM") and Ningbo Hengrui Battery Co., Ltd. ("Vendor").';
  const text = `${OEM_PARTIES}\nAny suggestions that OEM provides about the Prototypes ("Feedback") shall vest in OEM, and Vendor agrees that all modifications to the Prototypes made during the Evaluation shall be owned exclusively by OEM.`;

  it('reads each for what it transfers: feedback, then improvements to our prototypes', () => {
    const found = assignment(makeContext(text, { scenario: 'sample-testing', role: 'provider' }));
    expect(found.map((f) => [f.topic, f.severity])).toEqual([
      ['improvements', 'high'],
      ['feedback', 'medium'],
    ]);
  });

  it('is quiet for the evaluator who receives both', () => {
    expect(assignment(makeContext(text, { scenario: 'sample-testing', role: 'evaluator' }))).toEqual([]);
  });
});

describe('samples kept by a party we cannot place', () => {
  const NAMES_ONLY =
    'This Agreement is made between Nordhalde Automobilwerke AG ("Nordhalde") and Jiangnan Cell Technology Co., Ltd. ("Jiangnan").';
  const keep = 'Nordhalde may retain the Samples after the Evaluation Period.';

  it('are no concern of the evaluator, whoever keeps them', () => {
    expect(retention(makeContext(`${NAMES_ONLY}\n${keep}`, { scenario: 'sample-testing', role: 'evaluator' }))).toEqual([]);
  });

  it('are a hedged concern of the provider', () => {
    const [f] = retention(makeContext(`${NAMES_ONLY}\n${keep}`, { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ severity: 'low' });
    expect(f!.why).toMatch(/could not tell which party is yours/);
  });
});

describe('two parties named only by company name', () => {
  const NAMES_ONLY =
    'This Agreement is made between Nordhalde Automobilwerke AG ("Nordhalde") and Jiangnan Cell Technology Co., Ltd. ("Jiangnan").';
  const deliver = 'Jiangnan shall deliver 120 Samples to the battery test centre of Nordhalde within 30 days after the Effective Date.';
  const keep = 'Nordhalde may retain the Samples and all Test Data after the Evaluation Period.';

  it('takes the party that hands over the samples for the provider', () => {
    const [f] = retention(makeContext([NAMES_ONLY, deliver, keep].join('\n'), { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ rule: 'one-sided.retention', severity: 'medium' });
    expect(f!.why).not.toMatch(/could not tell/);
    expect(retention(makeContext([NAMES_ONLY, deliver, keep].join('\n'), { scenario: 'sample-testing', role: 'evaluator' }))).toEqual([]);
  });

  it('takes the party that still owns the samples for the provider', () => {
    const owns = 'The Samples remain the sole property of Jiangnan until they are consumed in testing.';
    const [f] = retention(makeContext([NAMES_ONLY, owns, keep].join('\n'), { scenario: 'sample-testing', role: 'provider' }));
    expect(f).toMatchObject({ severity: 'medium' });
  });

  it('cannot tell when both hand over information', () => {
    const both = [
      NAMES_ONLY,
      'Jiangnan shall disclose its cell specifications and other Confidential Information to Nordhalde.',
      'Nordhalde shall disclose its Confidential Information about the platform to Jiangnan.',
      keep,
    ].join('\n');
    const [f] = retention(makeContext(both, { scenario: 'sample-testing', role: 'provider' }));
    expect(f!.why).toMatch(/could not tell which party is yours/);
  });
});
