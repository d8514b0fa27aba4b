import type { ReviewContext } from '../context';
import { escapeRegExp } from '../../regex-escape';
import { holderBefore, stance } from '../terms/holder';
import type { TopicId } from '../../topics';

// In a pilot, trial or early-access programme the thing the other side tries is often called by a
// defined name ("the Product", "the Software", "the Beta Service"), not "the samples". Where our side
// keeps all right, title and interest in that thing, who owns it is settled; where the keeping reaches
// what is developed after the start and the other side may not modify it, so are improvements to it.

/** What the other side may use or access for evaluation: "use the Product solely for Evaluation Purposes". */
export const TRIED =
  /\b(?:access\s+and\s+use|use|access|evaluate|test|trial)\s+(?:to\s+)?(?:the\s+)?([A-Z][\w-]{1,30}(?:\s+[A-Z][\w-]{1,30}){0,2})\b[^.;]{0,120}?\b(?:[Ee]valuat\w*|[Tt]esting|[Tt]rial|[Pp]ilot|[Ee]arly\s+[Aa]ccess|internal\s+business\s+purposes|give\s+Feedback)/;
/** Words that reach what is developed later: "whether developed before or after the Effective Date". */
const LATER_WORK = /\b(?:whether\s+(?:developed|created|made)\s+(?:before|prior\s+to)\s+or\s+after|created\s+in\s+response\s+to|including\s+(?:all\s+|any\s+)?(?:improvements|enhancements|modifications|derivative\s+works|updates|new\s+versions|aspects,\s+features))/i;
/** A prohibition, in the sentence or in the lead-in of its list: "Customer will not (and will not allow anyone else to):". */
const NOT = /\b(?:will|shall|may|must)\s+not\b/i;
/** How many items after its lead-in a list item may stand. */
const ITEMS = 12;

/** Whether the draft forbids changing the named thing: "will not … copy, modify, or create derivative works of the Product". */
function mayNotChange(ctx: ReviewContext, names: string): boolean {
  const change = new RegExp(String.raw`\b(?:modify|adapt|alter|create\s+derivative\s+works)\b[^.;]{0,60}?\b(?:of|to)\s+the\s+(?:${names})\b`);
  let lead = -ITEMS - 1;
  for (let i = 0; i < ctx.sentences.length; i++) {
    const { text } = ctx.sentences[i]!;
    if (text.trimEnd().endsWith(':') && NOT.test(text)) lead = i;
    if (change.test(text) && (NOT.test(text) || i - lead <= ITEMS)) return true;
  }
  return false;
}

/** The topics our keeping of the tested thing settles, for the missing check. */
export function settledByTestedThing(ctx: ReviewContext): ReadonlySet<TopicId> {
  const settled = new Set<TopicId>();
  if (ctx.scenario !== 'sample-testing') return settled;
  const names = new Set<string>();
  for (const s of ctx.sentences) {
    const m = TRIED.exec(s.text);
    if (m && !/^(?:Confidential|Agreement|Section|Evaluation)\b/.test(m[1]!)) names.add(m[1]!);
  }
  if (names.size === 0) return settled;
  const alternatives = [...names].map(escapeRegExp).join('|');
  // "The Provider retains all right, title and interest in and to the Product", read here because the
  // term reader takes only things it knows by kind (results, samples, IP) and the name is the draft's own.
  const keeps = new RegExp(String.raw`\b(?:retains?|owns?|reserves?)\s+all\s+(?:of\s+its\s+)?(?:right|title|ownership)\b[^.;]{0,80}?\b(?:in|to|of)\s+(?:and\s+to\s+)?the\s+(?:${alternatives})\b`);
  for (const { text } of ctx.sentences) {
    const m = keeps.exec(text);
    if (!m || stance(ctx, holderBefore(ctx, text, m.index)?.holder) !== 'ours') continue;
    settled.add('sample-ownership');
    if (LATER_WORK.test(text) && mayNotChange(ctx, alternatives)) settled.add('improvements');
  }
  return settled;
}
