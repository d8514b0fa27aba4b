// A licence back of what the evaluator makes (its results, findings or improvements), free,
// perpetual or sublicensable, to the side that provided the material: the evaluator keeps title on
// paper but the provider may use and pass on its work. Quiet for the provider, and where the licence
// covers only the provider's own material or only citing the results.
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import type { RoleId } from '../../../../src/core/scenarios';

const OPENING =
  'MATERIAL TRANSFER AGREEMENT\nThis Material Transfer Agreement is made between Halvard Cell Repository Ltd (the "Provider") and Qiaolan Biotech Co., Ltd. (the "Recipient").\n';

function rules(role: RoleId, ...lines: string[]): string[] {
  const result = review(fromText(OPENING + lines.join('\n')), { scenario: 'sample-testing', role });
  return result.findings.filter((f) => f.rule === 'one-sided.results-licence-back').map((f) => `${f.rule}:${f.severity}`);
}

describe('a licence back of the results we make with their material', () => {
  const findings =
    '4.2 The Recipient owns the results it generates using the Material. The Recipient hereby grants to the Provider a perpetual, worldwide, royalty-free, sublicensable licence to use, copy and publish those results and any modifications of the Material made by the Recipient.';
  it('is a medium point for the evaluator, and none for the provider', () => {
    expect(rules('evaluator', findings)).toEqual(['one-sided.results-licence-back:medium']);
    expect(rules('provider', findings)).toEqual([]);
  });
  it('reads the grantee after the licence noun too', () => {
    const after = '4.3 The Recipient grants an irrevocable, non-exclusive, fully paid-up licence to the Provider under any improvements the Recipient makes to the Material.';
    expect(rules('evaluator', after)).toEqual(['one-sided.results-licence-back:medium']);
  });
});

describe('stays quiet', () => {
  it('where the licence covers only the provider\'s own material', () => {
    expect(rules('evaluator', '4.2 The Recipient grants to the Provider a royalty-free licence to use the Material returned to it at the end of the evaluation.')).toEqual([]);
  });
  it('where the licence is only to cite the results in publications', () => {
    expect(rules('evaluator', '4.2 The Recipient grants to the Provider a perpetual, royalty-free licence to cite the results in its scientific publications.')).toEqual([]);
  });
  it('where the licence back is paid at a reasonable royalty, or runs from the provider to us', () => {
    expect(rules('evaluator', '4.2 The Recipient grants to the Provider a perpetual licence under its improvements, at a reasonable royalty to be agreed.')).toEqual([]);
    expect(rules('evaluator', '4.2 The Provider grants to the Recipient a perpetual, royalty-free licence to use the results of the Provider\'s own tests of the Material.')).toEqual([]);
  });
  it('where it is a plain evaluation-term licence of our improvements, neither free, endless nor sublicensable', () => {
    expect(rules('evaluator', '4.2 The Recipient grants to the Provider a non-exclusive licence, for the term of this Agreement, to use the Recipient\'s improvements with the Material.')).toEqual([]);
  });
});
