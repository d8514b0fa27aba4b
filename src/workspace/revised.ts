import type { RenderedClause } from '../core/agreement/rendered';
import type { DocModel } from '../core/document';
import { addsClause, type Finding, type ReviewResult } from '../core/findings';
import { definedOnceTogether } from '../core/fix/shown-together';
import { placedNewSections } from '../core/fix/numbers';
import { segment } from '../core/review/segment';
import type { ProposedFix } from '../host/standalone';

/** A finding as the revised draft takes it: a comment with its reason, and the clause proposed for it. */
export interface Accepted {
  finding: Finding;
  clause: RenderedClause | null;
}

/** The findings still shown, in the review's order, each with the clause the user proposed for it. */
export function acceptedFindings(review: ReviewResult, dismissed: ReadonlySet<string>, proposals: readonly ProposedFix[]): Accepted[] {
  return review.findings.filter((f) => !dismissed.has(f.id)).map((finding) => ({ finding, clause: proposals.find((p) => p.findingId === finding.id)?.clause ?? null }));
}

/**
 * The proposals as the revised draft gives them: a clause the draft lacks goes in after its last
 * section, numbered among the proposals that go in now (core/fix), and a term several of them
 * define is defined once among them (definedOnce), so a card says what the downloaded file will
 * say, whichever proposals were made or taken back since.
 */
export function numberedProposals(doc: DocModel, review: ReviewResult, dismissed: ReadonlySet<string>, proposals: readonly ProposedFix[]): readonly ProposedFix[] {
  return definedOnceIn(numbered(doc, review, dismissed, proposals), dismissed);
}

function numbered(doc: DocModel, review: ReviewResult, dismissed: ReadonlySet<string>, proposals: readonly ProposedFix[]): readonly ProposedFix[] {
  // Reading the draft's sections costs a pass over it: not on the page's thread for nothing.
  const adds = (p: ProposedFix): boolean => {
    const f = review.findings.find((x) => x.id === p.findingId);
    return p.paragraph === null || (f !== undefined && addsClause(f));
  };
  if (!proposals.some(adds)) return proposals;
  const placed = placedNewSections(doc, segment(doc).sections, acceptedFindings(review, dismissed, proposals));
  return proposals.map((p) => {
    const clause = placed.find((a) => a.finding.id === p.findingId)?.clause;
    return clause && clause !== p.clause ? { ...p, clause } : p;
  });
}

/**
 * The proposals of points still open, with the terms they share defined once (a dismissed point's
 * clause stays as it was), each section cited by the labels it goes in under ("3.2 to 3.8" beside
 * the draft's 3.1), as the redline cites it: a proposal's clause is numbered for its place already
 * (the task pane's clickedFix, and the new sections' numbers above).
 */
function definedOnceIn(proposals: readonly ProposedFix[], dismissed: ReadonlySet<string>): readonly ProposedFix[] {
  const together = definedOnceTogether(
    proposals.filter((p) => !dismissed.has(p.findingId)).map((p) => p.clause),
    (clause) => clause,
  );
  return proposals.map((p) => {
    const clause = dismissed.has(p.findingId) ? p.clause : together(p.clause);
    return clause === p.clause ? p : { ...p, clause };
  });
}
