// What a services customer pays for: the deliverables. Either the draft keeps them with the provider
// and gives the customer only a licence ("Provider retains all right, title and interest in the
// Deliverables and grants Customer a non-exclusive licence to use them"), or it leaves the choice
// between a licence and an assignment to a cover page, order or statement of work that is not in
// the text ("Deliverables will be provided as Licensed Deliverables or Assigned Deliverables as
// specified on the Cover Page"). Both are points for the customer only: the developer is better off
// keeping what it builds.
import type { ReviewContext, Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore, partyRightAfter } from './side';
import { hits, quote, type Hit } from './text';
import { anyMatching, firstMatching } from './sentence-gate';

const MADE = String.raw`(?:Deliverables?|Work\s+Product|Developed\s+Materials|Work\s+Results)`;
/** The choice between a licence and an assignment: "as Licensed Deliverables or Assigned Deliverables". */
const EITHER = /\b(?:licen[cs]ed|assigned)\b[^.;]{0,80}?\b(?:licen[cs]ed|assigned)\b/i;
const offersEither = (text: string) => / or /.test(EITHER.exec(text)?.[0] ?? '');
/** …made elsewhere: "as specified by the parties … on the Cover Page", "as designated in the SOW". */
const CHOSEN_ELSEWHERE =
  /\b(?:specified|designated|selected|chosen|elected|indicated|identified|set\s+out|stated)\b[^.;]{0,80}?\b(?:cover\s+page|order\s+form|order|SOW|statement\s+of\s+work|key\s+terms)\b/i;
const NAMES_MADE = new RegExp(String.raw`\b${MADE}\b`, 'i');
/** The choice made in the text itself: a line that opens with a ticked option, or a field that names it ("Rights: Assigned"). */
const MADE_HERE = /^\s{0,3}(?:\[\s{0,3}[xX✓✔]\s{0,3}\]|[☒☑])[^\n]{0,120}?\b(?:assign|licen[cs]|own)|^\s{0,3}[A-Z][\w ]{0,40}:\s{0,3}(?:Assigned|Licen[cs]ed)\b/;

/** They keep what is made: "Provider retains all right, title and interest in the Deliverables". */
const THEY_KEEP = new RegExp(
  String.raw`\b(?:retains?|owns?|(?:shall|will)\s+(?:retain|own))\s+(?:(?:all\s+)?(?:right|title|interest|ownership|rights)[a-z,\s]{0,40}?\s(?:in\s+and\s+to|in|to|of)\s+)?(?:the\s+|all\s+|any\s+|such\s+)?${MADE}\b`,
  'gi',
);
/** "The Deliverables are and shall remain the sole property of Provider": the owner follows. */
const PROPERTY_OF = new RegExp(String.raw`\b${MADE}\s+(?:are|is|shall\s+be|will\s+be|(?:shall|will)\s+remain|remain)\s+(?:and\s+(?:shall|will)\s+remain\s+)?the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?property\s+of\b`, 'gi');
/** A licence of what is made: "grants Customer a non-exclusive licence to use the Deliverables". */
const LICENSED = new RegExp(String.raw`\blicen[cs]e\b[^.;]{0,160}?\b${MADE}\b`, 'i');
/** An assignment of what is made, not put as one option of a choice: "Provider assigns to Customer all … in the Deliverables". */
const ASSIGNED = new RegExp(String.raw`\bassign\w*\b[^.;]{0,120}?\b${MADE}\b|\b${MADE}\b[^.;]{0,60}?\b(?:(?:shall|will)\s+be|are|is)\s+(?:the\s+(?:sole\s+)?property\s+of|owned\s+by)\b`, 'i');
const CONDITIONAL = /^\W{0,4}(?:\(?[a-z0-9]{1,3}[.)]\s{0,3})?If\b/;

const customer = (ctx: ReviewContext) => ctx.scenario === 'custom-development' && ourSide(ctx) === 'B';

/** The draft leaves whether the deliverables are licensed or assigned to a document that is not in it. */
function choiceElsewhere(ctx: ReviewContext) {
  const choice = firstMatching(ctx.sentences, NAMES_MADE, (s) => offersEither(s.text) && CHOSEN_ELSEWHERE.test(s.text));
  if (!choice || ctx.doc.paragraphs.some((p) => MADE_HERE.test(p.text))) return undefined;
  return choice;
}

export const deliverablesChoice: Rule = (ctx) => {
  if (!customer(ctx)) return [];
  const choice = choiceElsewhere(ctx);
  if (!choice) return [];
  return [finding(ctx, { rule: 'ambiguous.deliverables-choice', topic: 'foreground-ip', severity: 'medium', kind: 'ambiguous', evidence: [quote(choice)] })];
};

export const deliverablesLicensed: Rule = (ctx) => {
  if (!customer(ctx) || choiceElsewhere(ctx)) return [];
  const theirs = (side: string | undefined) => side !== undefined && side !== 'B' && side !== 'both';
  const kept = [
    ...hits(ctx, THEY_KEEP, (h: Hit) => theirs(partyBefore(ctx, h.sentence.text, h.index)?.side)),
    ...hits(ctx, PROPERTY_OF, (h: Hit) => theirs(partyRightAfter(ctx, h.sentence.text, h.index + h.text.length)?.side)),
  ];
  if (kept.length === 0 || !anyMatching(ctx.sentences, LICENSED)) return [];
  // An assignment to us that is not one option of a choice gives us the deliverables after all.
  if (ctx.sentences.some((s) => !CONDITIONAL.test(s.text) && ASSIGNED.test(s.text) && !kept.some((h) => h.sentence === s))) return [];
  const first = kept[0]!;
  return [finding(ctx, { rule: 'one-sided.deliverables-licensed', topic: 'foreground-ip', severity: 'medium', kind: 'one-sided', evidence: [quote(first.sentence, first.index, first.index + first.text.length)] })];
};
