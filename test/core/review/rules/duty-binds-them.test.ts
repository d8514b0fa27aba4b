// A duty of confidence that binds only the other side: an exception for what the bound party develops
// independently would only loosen the protection of what we disclose, so it is not asked for us.
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';

const OPENING = `MATERIAL TRANSFER AGREEMENT
This Agreement is made between Halden Cell Bank Ltd, a company organised under the laws of England (the "Provider"), and Suzhou Lanxin Biotech Co., Ltd., a company organised under the laws of the People's Republic of China (the "Evaluator").
1. The Provider shall supply the cell lines described in the Schedule to the Evaluator for evaluation.`;
const EXCEPTIONS = '3. The obligation in clause 2 does not apply to information that is in the public domain other than through a breach of this Agreement, or that a court orders to be disclosed.';

function independent(duty: string): boolean {
  const text = [OPENING, duty, EXCEPTIONS].join('\n');
  return review(fromText(text), { scenario: 'sample-testing', role: 'evaluator' }).findings.some((f) => f.rule === 'one-sided.no-independent-development');
}

describe('the exception for independent development, by who keeps the secret', () => {
  it('is not asked where only the provider keeps our information confidential', () => {
    expect(independent('2. The Provider shall keep confidential all information that the Evaluator discloses to it in writing and marks as confidential.')).toBe(false);
  });
  it('is still asked where the duty binds us', () => {
    expect(independent('2. The Evaluator shall keep confidential all information that the Provider discloses to it in writing and marks as confidential.')).toBe(true);
  });
  it('is still asked where the party named before the duty is not its subject', () => {
    expect(independent('2. In all dealings with the Provider, every researcher will keep confidential all information received under this Agreement.')).toBe(true);
  });
  it('is still asked where the duty binds each party', () => {
    expect(independent('2. Each party shall keep confidential all information that the other party discloses to it in writing and marks as confidential.')).toBe(true);
  });
});
