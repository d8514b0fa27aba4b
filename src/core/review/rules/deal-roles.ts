import type { ScenarioId } from '../../scenarios';
import type { Sentence } from '../context';

/**
 * What a party does in the operative clauses that places it on a side of the deal: "A" shares or
 * gives (grants the licence, discloses, hands over samples, makes and supplies), "B" takes and pays
 * (is licensed, pays royalties or the price, buys). The actor is the party named right before the
 * verb ("Acme hereby grants"), or right after "to" or "by" for a passive ("the licence granted to Beta").
 */
interface Cue {
  re: RegExp;
  side: 'A' | 'B';
  actor: 'subject' | 'after';
}

const DUTY = String.raw`(?:shall|will|agrees?\s+to|hereby|undertakes\s+to)`;

/** "X shall deliver the Samples", "X will disclose Confidential Information": X hands over what is shared. */
const HANDS_OVER: Cue = {
  re: new RegExp(
    String.raw`\b${DUTY}\s+(?:\w+\s+){0,2}?(?:deliver|provide|supply|ship|send|furnish|lend|loan|disclose|make\s+available)\b[^.;]{0,80}?\b(?:samples?|prototypes?|cells?|materials?|evaluation\s+(?:units?|material)|technical\s+(?:information|data)|confidential\s+information)\b`,
    'gi',
  ),
  side: 'A',
  actor: 'subject',
};
/** "the Materials provided by or on behalf of X". */
const PROVIDED_BY: Cue = {
  re: /\b(?:samples?|prototypes?|materials?|cells?|specimens?)\s+(?:(?:that|which)\s+(?:are|were)\s+)?(?:provided|supplied|furnished|delivered|loaned|lent)\s+by\s+(?:or\s+on\s+behalf\s+of\s+)?/gi,
  side: 'A',
  actor: 'after',
};
/** "The Samples remain the property of X". */
const STILL_OWNS: Cue = {
  re: /\b(?:samples?|prototypes?|materials?)\b[^.;]{0,60}?\bremains?\s+(?:the\s+)?(?:sole\s+(?:and\s+exclusive\s+)?)?property\s+of\s+/gi,
  side: 'A',
  actor: 'after',
};
/**
 * "X hereby grants to Y a non-exclusive licence", "X grants Y the exclusive right to distribute"; the
 * term and its exceptions may come between ("grants to Y during the Term and subject to the
 * exclusions described in 2.4 below an exclusive licence"), a section number's dot included.
 */
const GRANTS: Cue = {
  re: /\b(?:hereby\s+|shall\s+|will\s+|agrees\s+to\s+)?grants?\s+(?:to\s+)?(?:[^.;]|\.\d){0,120}?\b(?:licen[cs]e|(?:exclusive|sole)\s+right)\b/gi,
  side: 'A',
  actor: 'subject',
};
/** "the licence granted to Y", "the rights licensed to Y". */
const LICENSED_TO: Cue = {
  re: /\b(?:licen[cs]es?|rights?|sublicen[cs]es?)\s+(?:(?:hereby|herein|hereunder)\s+)?(?:granted|licensed)\s+(?:(?:hereby|herein|hereunder)\s+)?to\s+/gi,
  side: 'B',
  actor: 'after',
};
/** "Y shall pay to X a royalty of", "Y will pay ... the license fee". */
const PAYS_ROYALTY: Cue = {
  re: new RegExp(String.raw`\b${DUTY}\s+(?:\w+\s+){0,2}?pay\b[^.;]{0,80}?\b(?:royalt(?:y|ies)|licen[cs]e\s+(?:fees?|issue\s+fee)|milestone\s+(?:fees?|payments?))`, 'gi'),
  side: 'B',
  actor: 'subject',
};
/** "Y shall pay ... the purchase price", "Y will pay each invoice", "Y shall pay to X a minimum fee": the buyer pays for what it buys. */
const PAYS_PRICE: Cue = {
  // Not "the Agent's Fee": a fee named for the other party pays it for its work (PAYS_COMMISSION).
  re: new RegExp(String.raw`\b${DUTY}\s+(?:\w+\s+){0,2}?pay\b[^.;]{0,60}?\b(?:(?:purchase\s+)?prices?|invoices?|(?<!['’]s\s)fees?)\b`, 'gi'),
  side: 'B',
  actor: 'subject',
};
/** "Y shall purchase the Products", "Y may issue purchase orders". */
const BUYS: Cue = {
  re: new RegExp(String.raw`\b(?:${DUTY}|may)\s+(?:\w+\s+){0,2}?(?:purchase|buy|order|issue\s+(?:a\s+)?purchase\s+orders?)\b[^.;]{0,60}?\b(?:products?|units?|goods|equipment|from)\b`, 'gi'),
  side: 'B',
  actor: 'subject',
};
/** "X shall supply the Products", "X will manufacture the Units": the maker supplies. */
const SUPPLIES: Cue = {
  re: new RegExp(String.raw`\b${DUTY}\s+(?:\w+\s+){0,2}?(?:manufacture|supply|produce|assemble)\b[^.;]{0,60}?\b(?:products?|units?|goods|equipment)\b`, 'gi'),
  side: 'A',
  actor: 'subject',
};
/** "X shall develop the Software", "X will design, develop and host the Site": the developer does the work. */
const DEVELOPS: Cue = {
  re: new RegExp(String.raw`\b${DUTY}\s+(?:\w+\s+){0,2}?(?:develop|design|build|deliver|implement|host|maintain)\b[^.;]{0,60}?\b(?:software|deliverables?|work\s+product|products?|units?|system|(?:web\s*)?sites?|platforms?|applications?)\b`, 'gi'),
  side: 'A',
  actor: 'subject',
};
/** "X shall provide the Support Services", "X will perform the Professional Services": the provider does the work. */
const SERVES: Cue = {
  re: new RegExp(String.raw`\b${DUTY}\s+(?:\w+\s+){0,2}?(?:provide|perform|render)\s+(?:to\s+\S+\s+)?(?:the\s+|all\s+|such\s+)?(?:[A-Z]\w+\s+){0,3}Services\b`, 'g'),
  side: 'A',
  actor: 'subject',
};
/**
 * "X hereby assigns to Y all right, title and interest in the Deliverables": in commissioned work the
 * developer assigns what it makes. Elsewhere an assignment may run either way (a licensee's
 * grant-back of improvements), so it places no party.
 */
const ASSIGNS: Cue = {
  re: new RegExp(String.raw`\b${DUTY}\s+(?:irrevocably\s+)?assigns?\b`, 'gi'),
  side: 'A',
  actor: 'subject',
};

/**
 * "Y shall use its best efforts to market and sell the Services", "Y will promote and resell the
 * Products": the distributor or agent sells what the other side supplies. Not "X will promote its
 * "Official Partners"": a supplier that promotes its resellers sells nothing for them.
 */
const MARKETS: Cue = {
  re: new RegExp(
    String.raw`\b${DUTY}\s+(?:use\s+(?:its|their)\s+(?:\w+\s+){0,2}?efforts\s+to\s+)?(?:actively\s+)?(?:market|promote|resell|distribute)\b(?!\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?["“]?(?:[a-z]+\s{1,3})?(?:partners?|distributors?|resellers?|agents?)\b)`,
    'gi',
  ),
  side: 'B',
  actor: 'subject',
};

/**
 * "X shall pay to the Agent the Agent's Fee", "X will pay Y a commission on each sale": the principal
 * pays the one that sells for it.
 */
const PAYS_COMMISSION: Cue = {
  re: new RegExp(String.raw`\b${DUTY}\s+(?:\w+\s+){0,2}?pay\b[^.;]{0,60}?(?:\b(?:commissions?|referral\s+fees?)|['’]s\s+(?:fees?|commissions?))\b`, 'gi'),
  side: 'A',
  actor: 'subject',
};

const SHARES = [HANDS_OVER, PROVIDED_BY, STILL_OWNS];

/**
 * The cues that fit each kind of deal. In commissioned work the customer may hand over its own
 * materials, so handing over places no party there; in a licence the licensor may buy back products,
 * so buying places none there; in joint development each party may license the other, so a grant
 * places none there.
 */
const CUES: Record<ScenarioId | 'none', readonly Cue[]> = {
  'sample-testing': SHARES,
  'pre-deal-disclosure': SHARES,
  'joint-development': SHARES,
  'technology-license': [...SHARES, GRANTS, LICENSED_TO, PAYS_ROYALTY],
  'exclusive-partnership': [GRANTS, LICENSED_TO, SUPPLIES, BUYS, PAYS_PRICE, MARKETS, PAYS_COMMISSION],
  'custom-development': [SUPPLIES, DEVELOPS, SERVES, BUYS, PAYS_PRICE, ASSIGNS],
  none: SHARES,
};

/**
 * The words before a party's name without a joining "and", "or" or "nor" ("Acme and the Beta"), and
 * whether there was one: two parties acting together ("Acme and Beta shall") place neither. After a
 * comma ("… to Beta, and Acme will") the name opens a clause of its own.
 */
function withoutJoin(before: string): { head: string; joined: boolean } {
  let head = before.trimEnd();
  if (/\bthe$/i.test(head)) head = head.slice(0, -3).trimEnd();
  const conj = /\b(?:and|or|nor)$/i.exec(head);
  if (!conj) return { head, joined: false };
  head = head.slice(0, conj.index).trimEnd();
  return { head, joined: !head.endsWith(',') };
}

/**
 * Which of two parties, both named only by company name, takes side "A" of the deal: the one the
 * operative clauses have granting, sharing or supplying, while the other is licensed, pays or buys.
 * The reading must be one-way: where each party is seen acting for both sides (a cross-licence),
 * or neither is seen, we cannot tell. `names` holds the ways the draft calls each party.
 */
export function partyOnSideA(sentences: readonly Sentence[], names: readonly [readonly string[], readonly string[]], scenario: ScenarioId | null): 0 | 1 | undefined {
  const [a, b] = sideAEvidence(sentences, names, scenario);
  if (a > 0 && b === 0) return 0;
  if (b > 0 && a === 0) return 1;
  return undefined;
}

/** For each of two parties, how many acts in the draft place it on side A: its own acts of side A and the other party's of side B. */
export function sideAEvidence(sentences: readonly Sentence[], names: readonly [readonly string[], readonly string[]], scenario: ScenarioId | null): [number, number] {
  const [first, second] = actsOf(sentences, names, scenario);
  return [first![0] + second![1], first![1] + second![0]];
}

/**
 * For each party, how many of its acts in the draft are of side A and how many of side B. A party
 * joined to another's name ("Acme and Beta shall") acts with it and is placed by neither act.
 */
export function actsOf(sentences: readonly Sentence[], names: readonly (readonly string[])[], scenario: ScenarioId | null): [number, number][] {
  const acts = names.map((): [number, number] => [0, 0]);
  const find = (test: (n: string) => boolean): number => names.findIndex((ns) => ns.some(test));
  const subject = (before: string): number => {
    const t = before.trimEnd();
    return find((n) => {
      if (!t.endsWith(n)) return false;
      const rest = t.slice(0, t.length - n.length);
      if (/\w$/.test(rest)) return false;
      // Joined to another party's name, it acts with it.
      const { head, joined } = withoutJoin(rest);
      return !(joined && names.some((ns) => ns.some((o) => head.endsWith(o))));
    });
  };
  const after = (text: string): number => find((n) => text.startsWith(n) || text.startsWith(`the ${n}`));
  for (const s of sentences) {
    for (const cue of CUES[scenario ?? 'none']) {
      cue.re.lastIndex = 0;
      for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
        const i =
          cue.actor === 'subject'
            ? subject(s.text.slice(Math.max(0, m.index - 60), m.index))
            : after(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        if (i >= 0) acts[i]![cue.side === 'A' ? 0 : 1] += 1;
      }
    }
  }
  return acts;
}
