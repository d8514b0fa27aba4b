import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore, partyRightAfter, type PartyRef } from './side';
import { quote, sentenceAt } from './text';

/** The party a licence is denied to: "grants the Supplier no licence", "is granted to the Recipient". */
const TO_PARTY = /\b(?:grants?|granting|confers?|conferring|gives?|giving|granted|conferred|given)\s+(?:to\s+|on\s+|upon\s+)?/gi;
/** The party that takes nothing: "the Evaluator acquires no licence", "Recipient has no right". */
const TAKES_NOTHING = /\b(?:receives?|acquires?|obtains?|has|have|shall\s+have|will\s+have)\s+no\s+(?:right|licen[cs]e|title|interest)/gi;

function deniedTo(ctx: Parameters<Rule>[0], text: string): PartyRef | undefined {
  TO_PARTY.lastIndex = 0;
  for (let m = TO_PARTY.exec(text); m; m = TO_PARTY.exec(text)) {
    const party = partyRightAfter(ctx, text, m.index + m[0].length);
    if (party) return party;
  }
  TAKES_NOTHING.lastIndex = 0;
  const m = TAKES_NOTHING.exec(text);
  return m ? partyBefore(ctx, text, m.index) : undefined;
}

/**
 * A no-implied-licence term that denies a licence only to us: it protects their technology, while
 * nothing stops them claiming an implied licence to our samples, information or IP.
 */
export const oneWayNoImpliedLicense: Rule = (ctx) => {
  const ours = ourSide(ctx);
  const topic = ctx.topics['no-implied-license'];
  if (!ours || !topic?.present) return [];
  // Only a side that needs the term loses by it running one way.
  if (ctx.playbook && !ctx.playbook.required.includes('no-implied-license')) return [];
  const quotes = [];
  for (const e of topic.evidence) {
    const s = sentenceAt(ctx, e.paragraph, e.start, e.end);
    const party = s && deniedTo(ctx, s.text);
    // A term that denies a licence to them, to both, or to no one named protects us too.
    if (!s || party?.side !== ours) return [];
    quotes.push(quote(s));
  }
  if (quotes.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.no-implied-license',
      topic: 'no-implied-license',
      severity: ctx.playbook ? 'high' : 'medium',
      kind: 'one-sided',
      evidence: quotes,
    }),
  ];
};
