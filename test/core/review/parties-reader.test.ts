// A click-through licence or data agreement made with its reader: "between the Institute and You",
// "you ("Licensee") agree", "the person accepting these terms ("You" or "Licensee")". "You" is a
// party our side is placed on, and the one party named stands against it. Names and wording invented.
import { fromText, review } from '../../../src/core/review';
import { partyRefs } from '../../../src/core/review/rules/side';
import { makeContext } from './rules/make-context';

const sides = (refs: { text: string; side?: string }[]) => refs.map((r) => `${r.text}:${r.side ?? '?'}`);
const LICENSEE = { scenario: 'technology-license', role: 'licensee' } as const;

const BETWEEN = [
  'This evaluation licence ("Licence") is between the Board of Governors of Larchmont University, ("Institute") and You (as defined below).',
  '1. Definitions',
  'a. "You" (or "Your") means the person or legal entity that exercises rights under this Licence.',
  '2. Licence',
  'a. The Institute hereby grants, and You accept, a nonexclusive licence to use the Tool for non-commercial research purposes only.',
  'b. You shall not copy the Tool, and You will keep it within Your organisation.',
  '3. Law. This Licence is governed by the laws of the State of Vermont.',
].join('\n');

const DATASET = [
  '# Harbourline Data Services, Inc. Dataset Use Terms',
  'These terms apply to every dataset made available to You by Harbourline Data Services, Inc.',
  'You acknowledge that You have read and agree to be bound by these terms.',
  '## 1. Licence',
  "Harbourline's approval of a request grants You a revocable, non-exclusive licence to use the data solely for the purpose of non-profit research.",
  '## 2. Conditions',
  'You will not share the data with anyone outside Your research group.',
].join('\n');

const ROLE = [
  'SENSOR KIT TERMS',
  'These terms are made between Ostrava Instruments Ltd. ("Ostrava") and the person or entity accepting them ("You" or "Licensee").',
  '1. Ostrava grants to Licensee a licence to use the kit firmware.',
  '2. You shall use the firmware only with the kit, and You may not sell it.',
].join('\n');

// Near miss: a two-company agreement whose running prose says "you".
const TWO_COMPANIES = [
  'This Licence Agreement is made between Pellham Robotics Inc. ("Pellham") and Veltra Systems Ltd. ("Veltra").',
  '1. Pellham grants to Veltra a non-exclusive licence to use the Controller software for research purposes only.',
  '2. If you have any question about these terms, you may write to the address below, and you will be answered in ten days.',
].join('\n');

describe('"You" as a party of terms made with their reader', () => {
  it('places "You" and the named party of an opening "between X and You", by the grant', () => {
    const ctx = makeContext(BETWEEN, LICENSEE);
    expect(sides(partyRefs(ctx, 'The Institute grants You a licence.'))).toEqual(['Institute:A', 'You:B']);
    const result = review(fromText(BETWEEN), LICENSEE);
    expect(result.parties).toEqual({ ours: 'You', theirs: 'Board of Governors of Larchmont University (Institute)' });
    const noncommercial = result.findings.find((f) => f.rule === 'one-sided.noncommercial-licence');
    expect(noncommercial?.severity).toBe('medium');
    // Near miss: a two-company agreement whose running prose says "you" makes no party of it.
    expect(sides(partyRefs(makeContext(TWO_COMPANIES, LICENSEE), 'you may write to Pellham'))).toEqual(['Pellham:A']);
  });

  it('places the reader of dataset terms who agrees to be bound, against the one party named', () => {
    const ctx = makeContext(DATASET, LICENSEE);
    expect(sides(partyRefs(ctx, 'Harbourline grants You a licence'))).toEqual(['Harbourline:A', 'You:B']);
    expect(review(fromText(DATASET), LICENSEE).findings.find((f) => f.rule === 'one-sided.noncommercial-licence')?.severity).toBe('medium');
    // Near miss: a reader only mentioned, who never acts as a party, is none.
    const mentioned = DATASET.replace('You will not share', 'Nobody will share').replace('You acknowledge that You have read and agree', 'Readers agree');
    expect(partyRefs(makeContext(mentioned, LICENSEE), 'You read')[0]?.side).toBeUndefined();
  });

  it('takes the role its bracket gives "You"', () => {
    const ctx = makeContext(ROLE, LICENSEE);
    expect(sides(partyRefs(ctx, 'You shall pay Ostrava.'))).toEqual(['You:B', 'Ostrava:A']);
    // Reversed: the reader is the one that licenses.
    const licensor = makeContext(ROLE.replace('("You" or "Licensee")', '("You" or "Licensor")').replace('grants to Licensee', 'is granted by Licensor'), LICENSEE);
    expect(partyRefs(licensor, 'You shall')[0]?.side).toBe('A');
  });
});
