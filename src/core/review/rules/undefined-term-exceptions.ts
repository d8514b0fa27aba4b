// What the undefined-term rule asks beyond its own reading, kept apart so the rule's file only calls
// it: a phrase that is a name or a term defined by heading is no undefined term, and an undefined
// term that a royalty, fee or price is worked out on is raised at medium; a term pointed forward
// "(as defined below)" counts as defined only where the draft writes it again below.
import type { ReviewContext } from '../context';
import { attachmentKind } from './attachment-kinds';
import { broadcasterName } from './broadcasters';
import { coverField } from './cover-fields';
import { headedTerm } from './headed-terms';
import { introducedInLowerCase } from './introduced-terms';
import { nameNotTerm } from './name-not-term';
import { partOfName } from './name-parts';
import { partyOpening } from './party-openings';
import type { Hit } from './text';

export { definedBelow } from './forward-pointers';
export { setsMoney } from './money-base';

/** The capitalised phrase at the hit (single-spaced) is a name, a term the draft defines by heading, or a thing it introduced in lower case. */
export function notUndefined(ctx: ReviewContext, h: Hit, phrase: string): boolean {
  return nameNotTerm(ctx, h, phrase) || headedTerm(ctx, phrase.toLowerCase()) || coverField(ctx, phrase.toLowerCase()) || broadcasterName(ctx, phrase) || partyOpening(ctx, phrase) || attachmentKind(phrase) || partOfName(ctx, h, phrase) || introducedInLowerCase(ctx, phrase);
}
