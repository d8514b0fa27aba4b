import type { Rule } from '../context';
import { finding, inQuotes } from './finding';
import { ourSide, partyBefore, verdict, type PartyRef } from './side';
import { groupedEvidence, hits, type Hit } from './text';

const KEEP =
  /\b(?:may(?!\s+not)|(?:shall|will)\s+be\s+(?:entitled|permitted|free)\s+to|is\s+(?:entitled|permitted)\s+to|may\s+continue\s+to)\s+(?:\w+\s+){0,2}?(?:retain|keep)\b|\b(?:not|no)\s+(?:be\s+)?(?:required|obligated|obliged)\s+to\s+(?:return|destroy)\b/gi;
const WHAT = /\b(?:samples?|materials?|prototypes?|test\s+data|data|results|confidential\s+information|proprietary\s+information|copies|documents)\b/i;
/** What the receiving side could lose to the sharing side: its data, results, reports or information. */
const OURS_TO_B = /\b(?:test\s+data|data|results|reports?|confidential\s+information|proprietary\s+information|copies|documents|feedback)\b/i;
/** A copy kept for legal, archival or back-up reasons is the accepted carve-out, not a finding. */
const ARCHIVAL =
  /\b(?:archiv\w*|legal|compliance|regulatory|back-?ups?|record-?keeping|evidenc\w*|disputes?|one\s+(?:\(1\)\s+)?cop(?:y|ies)|a\s+single\s+copy|required\s+by\s+(?:applicable\s+)?law|automatic\w*|electronic)\b/i;

/**
 * A purpose the keeper sets for itself, which makes an archive whatever it keeps: copies archived
 * "consistent with … the Receiving Party's internal policies", kept for "its own internal records".
 */
const SELF_SET =
  /\b(?:its|their|(?:the\s+)?(?:relevant\s+)?(?:party|recipient|receiving\s+party)['’]s)\s+(?:own\s+)?(?:internal|usual|ordinary|standard)\s+(?:polic(?:y|ies)|procedures|practices?|records|guidelines)\b|\b(?:its|their)\s+own\s+(?:records|polic(?:y|ies)|purposes)\b|\bgood\s+business\s+practices?\b/i;

/** "To the extent they relate to the patents licensed to the Seller, the Seller may retain copies": it keeps what its own licence needs. */
const LICENSED_TO = /\blicen[cs]ed\s+(?:back\s+)?to\s+(?:the\s+)?([A-Z][\w-]*)/g;

function licensedToKeeper(text: string, keeper: PartyRef | undefined): boolean {
  if (!keeper) return false;
  const name = keeper.text.toLowerCase();
  return [...text.matchAll(LICENSED_TO)].some((m) => m[1]!.toLowerCase() === name);
}

/** "may retain a list that contains general descriptions of the documents it has returned": a record of the return, not the information. */
const RECORD_OF_RETURN = /^\s*(?:a|an|one)\s+(?:\w+\s+){0,2}?(?:list|record|log|index|inventory|schedule)\b[^.;]{0,100}?\b(?:returned|destroyed|delivered\s+back)\b/i;

/** Samples used up in the tests cannot be returned: not returning them keeps nothing. */
const CONSUMED = /\b(?:consumed|used\s+up|expended|destroyed\s+(?:in|during|by)\s+(?:the\s+)?(?:tests?|testing|evaluation|analysis))\b/i;

/** What is kept: the words right after the verb, up to the purpose, time or manner that follows. */
const OBJECT =
  /^\s*((?:[\w'’-]+\s+){0,7}?[\w'’-]+)(?=\s+(?:for|after|following|until|upon|on|in|beyond|at|to|which|that|as|and\s+(?:use|may|shall))\b|\s*[,.;:(]|\s*$)/;

function keptThing(h: Hit): string | undefined {
  const m = OBJECT.exec(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 90));
  return m && WHAT.test(m[1]!) ? m[1] : undefined;
}

/** The other side may keep our samples, data or information after the deal. */
export const retention: Rule = (ctx) => {
  const against: Hit[] = [];
  const unknown: { hit: Hit; keeper: PartyRef }[] = [];
  const kept = (h: Hit) => {
    const text = h.sentence.text;
    // What is kept is named right after the verb, not somewhere else in the sentence.
    return (
      WHAT.test(text.slice(h.index, h.index + h.text.length + 80)) &&
      (!ARCHIVAL.test(text) || SELF_SET.test(text)) &&
      !CONSUMED.test(text) &&
      !RECORD_OF_RETURN.test(text.slice(h.index + h.text.length))
    );
  };
  const ours = ourSide(ctx);
  for (const hit of hits(ctx, KEEP, kept)) {
    const keeper = partyBefore(ctx, hit.sentence.text, hit.index);
    if (licensedToKeeper(hit.sentence.text, keeper)) continue;
    // When we receive, only our data, reports or information kept by them can hurt us: samples and
    // materials are the sharing side's own, whoever keeps them.
    if (ours === 'B' && keeper?.side !== 'B' && !OURS_TO_B.test(hit.sentence.text.slice(hit.index, hit.index + hit.text.length + 80))) continue;
    const v = verdict(ctx, keeper?.side);
    if (v === 'against') against.push(hit);
    else if (v === 'unknown' && keeper && keeper.side !== 'both') unknown.push({ hit, keeper });
  }
  if (against.length > 0) {
    const what = keptThing(against[0]!);
    return [
      finding(ctx, {
        rule: 'one-sided.retention',
        // The message names what the draft lets them keep, in the draft's words, when it can.
        ...(what ? { key: 'one-sided.retention-what', params: { what: inQuotes(what) } } : {}),
        topic: 'return-or-destroy',
        severity: 'medium',
        kind: 'one-sided',
        evidence: groupedEvidence(against),
      }),
    ];
  }
  if (unknown.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.retention',
      key: 'one-sided.retention-unknown',
      topic: 'return-or-destroy',
      severity: 'low',
      kind: 'one-sided',
      params: { party: unknown[0]!.keeper.text },
      evidence: groupedEvidence(unknown.map((u) => u.hit)),
      sideUnknown: true,
    }),
  ];
};
