// Severity of an undefined term by what it decides (issue 12): a term that sets the purpose the
// information may be used for, the scope of the work, or the event a deadline runs from is medium;
// one a bracket seems to define, its quotes lost in the filing, stays low.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const OPENING = 'This Mutual Confidentiality Agreement is made between Heron Optics Ltd ("Heron") and Quillmark GmbH ("Quillmark").';
const DEFINED = '"Confidential Information" means any technical or business information one party discloses to the other.';
/** The words of the terms in lower case too, so the rule reads them as terms, not names. */
const WORDS = 'The pilot, the field trial and the handover date are each noted in writing.';
const found = (lines: string[]) => undefinedTerms(makeContext([OPENING, DEFINED, WORDS, ...lines].join('\n'))).map((f) => [f.severity, f.message]);

describe('undefined terms weighed by what they decide', () => {
  it('raises at medium a term that limits the purpose of use', () => {
    expect(
      found([
        'Each party may use the Confidential Information of the other for the purposes of the Pilot only.',
        'Neither party acquires any right in the Pilot results beyond this agreement.',
        'Each party bears its own costs of the Pilot and of this agreement.',
      ]),
    ).toEqual([['medium', 'Undefined terms that set the scope or a deadline: "Pilot"']]);
  });

  it('raises at medium a term that starts a deadline', () => {
    expect(
      found([
        'Quillmark shall return all Confidential Information within thirty (30) days after the Handover Date.',
        'Quillmark shall confirm the Handover Date in writing.',
      ]),
    ).toEqual([['medium', 'Undefined terms that set the scope or a deadline: "Handover Date"']]);
  });

  it('keeps at low a term that starts a deadline where a bracket seems to define it (its quotes lost)', () => {
    expect(
      found([
        'Quillmark shall test the prototype (he Field Trial) and report within ten (10) days after the Field Trial.',
      ]),
    ).toEqual([['low', 'Capitalised terms used but never defined: "Field Trial"']]);
  });

  it('keeps at low a deadline run from a defined term with one letter wrong, and a purpose set by a part of the document', () => {
    const lines = [
      '"Effective Date" means the date of the last signature below.',
      'The parties shall agree a press release within ninety (90) days of the Effective Dave.',
      'For the purposes of this Security Exhibit, a breach includes any loss of the Confidential Information.',
      'Heron may update the Security Exhibit once a year, and the Effective Dave is recorded in the security exhibit itself.',
    ];
    expect(found(lines).map(([severity]) => severity)).toEqual(['low']);
  });
});
