// Drafting points from the ninth drafting draw (issue 12, seed 1210) and the eighth's leftovers: each a
// rule of drafting, with a near miss that still fires. The wording is ours, in the styles the draws showed.
import { blankPreamble } from '../../../../src/core/review/rules/blank-preamble';
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { duplicateDefinitions } from '../../../../src/core/review/rules/duplicate-definitions';
import { efforts } from '../../../../src/core/review/rules/efforts';
import { shallMisuse } from '../../../../src/core/review/rules/shall';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { vagueTime } from '../../../../src/core/review/rules/vague-time';
import { makeContext } from './make-context';

const messages = (found: { message: string }[]) => found.map((f) => f.message);

describe('a franchise form that calls its parties "we," and "you," with the comma inside the quotes', () => {
  const form = (duty: string) =>
    [
      'FRANCHISE AGREEMENT',
      'The parties to this Agreement are Lakeside Clinics Corp., a Delaware corporation ("we," "us," or the "Company"), and the person signing below as Franchise Owner ("you," or "Franchisee").',
      duty,
      'We will give you our operations manual before the clinic opens.',
    ].join('\n');
  const franchisor = { scenario: 'technology-license', role: 'licensor' } as const;

  it('reads the franchisee\'s best efforts as the other side\'s duty', () => {
    const duty = 'You shall use your best efforts to open the clinic within 180 days after the date of this Agreement.';
    expect(messages(efforts(makeContext(form(duty), franchisor)))).toEqual(['The other side\'s "best efforts" duty is vague']);
  });

  it('still reads our own best efforts as a duty on us', () => {
    const duty = 'We shall use our best efforts to find a site for the clinic within 90 days after the date of this Agreement.';
    expect(messages(efforts(makeContext(form(duty), franchisor)))).toEqual(['"Best efforts" standard']);
  });
});

describe('what is not a second definition', () => {
  const dupes = (text: string[]) => messages(duplicateDefinitions(makeContext(text.join('\n'))));

  it('leaves a party\'s label beside its name over a signature line', () => {
    const text = [
      'This Franchise Agreement is made between Northgate Burgers Inc. ("Northgate") and the company named as the Franchisee in Schedule 1 (the "Franchisee").',
      'The Franchisee shall run the restaurant under the marks.',
      'IN WITNESS WHEREOF the parties have signed this Agreement.',
      'NORTHGATE BURGERS INC.',
      'By: /s/ Lena Ortiz',
      'WESTFIELD DINING SP. Z O.O. (the "Franchisee")',
      'By: /s/ Piotr Nowak',
    ];
    expect(dupes(text)).toEqual([]);
  });

  it('leaves the terms of two definition blocks each limited to its own paragraph', () => {
    const text = [
      '11.9 For the purposes of this paragraph 11 the following terms shall have these meanings: "Good Leaver" means an employee who leaves through ill health.',
      '"Termination Date" means the date on which your employment ends.',
      '14 RESTRICTIVE COVENANTS',
      '14.1 For the purpose of this paragraph 14 the following expressions shall have these meanings: "Restricted Period" means six months from the Termination Date; and',
      '"Termination Date" shall mean the date on which your employment under this Agreement ends for any reason.',
    ];
    expect(dupes(text)).toEqual([]);
  });

  it('still reports a term defined twice after a scoped block has ended', () => {
    const text = [
      '11.9 For the purposes of this paragraph 11 the following terms shall have these meanings: "Good Leaver" means an employee who leaves through ill health.',
      '12 NOTICE',
      '12.1 "Termination Date" means the date on which your employment ends.',
      '15.1 "Termination Date" means the last day of your notice period.',
    ];
    expect(dupes(text)).toEqual(['Defined more than once: "Termination Date"']);
  });

  it('leaves the quoted forms of a name that a grant of name rights covers', () => {
    const text = [
      'This Endorsement Agreement is made between Peakline Apps, Inc. ("Peakline") and Dana Rook, an individual ("Rook").',
      '"Rook Identification" shall mean Rook\'s name (including "Dana Rook", "Rook" and "D. Rook"), nicknames, signature and likeness.',
      'Peakline may use the Rook Identification in its advertising.',
    ];
    expect(dupes(text)).toEqual([]);
  });
});

describe('a plural defined term used in the singular at its head', () => {
  const unused = (use: string) =>
    messages(
      unusedTerms(
        makeContext(
          [
            'This Endorsement Agreement is made between Harbour Bank ("Harbour") and Mara Quist ("Quist").',
            'If either party becomes insolvent or makes an assignment for the benefit of creditors (collectively, "Events of Insolvency"), it shall notify the other party at once.',
            use,
          ].join('\n'),
        ),
      ),
    );

  it('counts "any Event of Insolvency" as a use of "Events of Insolvency"', () => {
    expect(unused('Harbour may terminate this Agreement after any Event of Insolvency affecting Quist.')).toEqual([]);
  });

  it('still reports the term where nothing uses it', () => {
    expect(unused('Harbour may terminate this Agreement if Quist is convicted of a felony.')).toEqual(['Defined terms never used: "Events of Insolvency"']);
  });
});

describe('names, titles and plural forms that are no undefined terms', () => {
  const PARTIES = 'This Cooperation Agreement is made between Tessaly Networks, Inc. (the "Company") and Brightwater Capital Partners LLC (the "Investor").';
  const undefinedIn = (text: string[]) => messages(undefinedTerms(makeContext([PARTIES, ...text].join('\n'))));

  it('reads a plural given beside its singular, a signatory\'s title and capacity, a company\'s short name and a name given its short name as defined or as names', () => {
    const text = [
      '"Standstill Period" means the period to the next annual meeting; "NOMINATION MATERIALS" means the questionnaire; "VOTING COMMITMENT" means clause 2; "MEETING PAPERS" means the board pack.',
      'In addition to the retainer, the Company shall pay the Investor the following bonuses for each board meeting attended ("Appearance Bonus or Bonuses"): (a) $5,000 for a regular meeting; and (b) $10,000 for a special meeting.',
      'The Company shall pay any Appearance Bonuses within thirty (30) days after each meeting, and all Appearance Bonuses earned before termination survive it; a bonus is earned on attendance.',
      'Notices to the Investor go to Brightwater Capital Partners LLC, Attention: Sam Lowe, Managing Director.',
      'Brightwater Capital welcomes the agreement, said the Managing Director of Brightwater Capital; the new director joins the board, and Brightwater Capital will vote with the board.',
      'The Investor appoints JONAS PRYOR ("Pryor") as its observer; JONAS PRYOR shall keep the MEETING PAPERS confidential, and JONAS PRYOR shall return them.',
      'BRIGHTWATER CAPITAL PARTNERS LLC By: Brightwater Holdings LLC, its Sole Member By: /s/ Sam Lowe Title: Managing Director',
      'HARBOUR FUND LP By: Brightwater Holdings LLC, its Sole Member. A member of the fund may sign; the Sole Member signs for each fund.',
    ];
    expect(undefinedIn(text)).toEqual([]);
  });

  it('still lists a term a bracket after it does not name, and an office a clause gives a party', () => {
    const text = [
      'The Company shall pay the Investor 5% of the Net Ticket Revenues ("Royalty") each quarter; the Net Ticket Revenues exclude refunds, and ticket revenues from free events are not counted.',
      'Each party shall appoint its Relationship Manager, and the Relationship Manager shall meet the other party monthly; a manager may be replaced on notice, and the relationship is reviewed each year.',
    ];
    const found = undefinedIn(text).join(' ');
    expect(found).toContain('"Net Ticket Revenues"');
    expect(found).toContain('"Relationship Manager"');
  });
});

describe('what is no blank in the opening words', () => {
  const blanks = (lines: string[]) => messages(blankPreamble(makeContext(lines.join('\n'))));

  it('leaves the filer\'s legend on redaction marks, a logo note and rules drawn round a cover title', () => {
    const lines = [
      'PORTIONS OF THIS EXHIBIT, MARKED WITH BRACKETS [ ] AND AN ASTERISK, HAVE BEEN OMITTED UNDER A REQUEST FOR CONFIDENTIAL TREATMENT.',
      '[CARRIER LOGO APPEARS HERE]',
      'DATED 3 March 2027 Fenwick Labs Ltd and Ruth Amadi',
      '______________________________________',
      'SERVICE AGREEMENT',
      '______________________________________',
      'THIS AGREEMENT is made on 3 March 2027 between Fenwick Labs Limited (the "Company") and Ruth Amadi (the "Employee").',
      'IT IS AGREED as follows:',
    ];
    expect(blanks(lines)).toEqual([]);
  });

  it('still reports a date left to fill in', () => {
    const lines = ['SERVICE AGREEMENT', 'THIS AGREEMENT is made on ____________ 2027 between Fenwick Labs Limited (the "Company") and Ruth Amadi (the "Employee").', 'IT IS AGREED as follows:'];
    expect(blanks(lines)).toEqual(['Blanks left to fill in the opening words (1)']);
  });
});

describe('time words that are settled', () => {
  const vague = (text: string) => messages(vagueTime(makeContext(`This Agreement is made between Tessaly Networks, Inc. (the "Company") and Brightwater Capital Partners LLC (the "Investor").\n${text}`)));

  it('leaves "promptly" with an outer limit "in any case", and "forthwith" for an effect that follows at once', () => {
    expect(vague('The parties shall hold the interview as promptly as practicable, but in any case within ten (10) business days after the candidate is proposed.')).toEqual([]);
    expect(vague('On any such termination this Agreement shall forthwith become wholly void, and no party shall be liable to the other.')).toEqual([]);
  });

  it('still reports "promptly" and "forthwith" for an act with no limit', () => {
    expect(vague('The Investor shall promptly deliver its ownership reports to the Company.')).toEqual(['Vague time words: "promptly"']);
    expect(vague('The Company shall forthwith terminate its use of the Investor\'s name in its filings.')).toEqual(['Vague time words: "forthwith"']);
  });
});

describe('a passive duty whose actor is named or that no one performs', () => {
  const passives = (text: string) => shallMisuse(makeContext(`This Charter Agreement is made between Gulfline Marine LLC ("Owner") and Pelican Fuels LLC ("Charterer").\n${text}`)).length;

  it('leaves a duty the promising party gives, and one provision put in place of another', () => {
    expect(passives('Owner agrees that each barge shall be maintained in a seaworthy and safe condition throughout the Term.')).toBe(0);
    expect(passives('If the first director resigns, the Appointment Deadline shall no longer apply and, in lieu thereof, shall be replaced by the periods set out in Section 4.')).toBe(0);
  });

  it('still reports a passive the parties give together, or a replacement someone must make', () => {
    expect(passives('The parties agree that all loading records shall be maintained for three years.')).toBe(1);
    expect(passives('Any hose found defective on inspection shall be replaced within ten days.')).toBe(1);
  });
});
