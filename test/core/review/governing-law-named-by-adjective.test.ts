import { buildContext, fromText } from '../../../src/core/review';

const hasLaw = (text: string) => buildContext(fromText(text), { scenario: 'pre-deal-disclosure', role: 'recipient' }).ctx.topics['governing-law']?.present === true;

describe('a governing law named by its adjective', () => {
  it('reads a contract made subject to a named law', () => {
    expect(hasLaw('This contract is subject to Swiss law. The courts of Zurich have jurisdiction.')).toBe(true);
  });

  it('reads a law named in several words', () => {
    expect(hasLaw('This Agreement shall be construed in accordance with United States Federal law as applied by the federal courts.')).toBe(true);
  });

  it('leaves a contract made subject to a law of one subject, or to any law', () => {
    expect(hasLaw('This Agreement is subject to Export Control Law and the Recipient shall obtain any licence needed.')).toBe(false);
    expect(hasLaw('This Agreement is subject to Applicable Law.')).toBe(false);
  });

  it('leaves goods made subject to a named law', () => {
    expect(hasLaw('The Samples are subject to German export law.')).toBe(false);
  });
});
