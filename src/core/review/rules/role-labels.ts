import type { ScenarioId } from '../../scenarios';
import type { ReviewContext } from '../context';
import { plainQuotes } from '../typed-quotes';

// The role words a contract calls its parties by, and the side each gives: read from the labels
// the draft sets beside a party's name where it introduces it.

/** Role labels contracts use for each side. */
export const LABELS: Record<'A' | 'B', readonly string[]> = {
  A: [
    'Disclosing Party', 'Discloser', 'Provider', 'Supplier', 'Licensor', 'Technology Owner', 'Owner',
    'Developer', 'Vendor', 'Manufacturer', 'Transferor', 'Seller', 'Sponsor',
    // Those who perform services for the other. Not "Contractor": under an NDA it is often the one that receives.
    'Consultant', 'Executive',
  ],
  B: [
    'Receiving Party', 'Recipient', 'Evaluator', 'Distributor', 'Reseller', 'Licensee', 'Customer',
    'Client', 'Purchaser', 'Buyer', 'Transferee', 'Co-Developer', 'Tester',
  ],
};

/**
 * Labels of the flow of information. Naming one party, they give its side only where that flow sets
 * the sides of the deal: in commissioned work the customer discloses its specifications and the
 * developer its tools, so a party the draft calls "the Recipient" there may be either.
 */
export const FLOW_LABELS = new Set(['disclosing party', 'discloser', 'receiving party', 'recipient']);

/** The side a role label gives a party in this kind of deal (as a role word where `scenario` is not given). */
export function labelSide(label: string, scenario?: ScenarioId | null): 'A' | 'B' | undefined {
  const l = label.toLowerCase();
  if (scenario === 'custom-development' && FLOW_LABELS.has(l)) return undefined;
  if (LABELS.A.some((x) => x.toLowerCase() === l)) return 'A';
  if (LABELS.B.some((x) => x.toLowerCase() === l)) return 'B';
  return undefined;
}

const QUOTED_LABEL = /["“]([A-Z][\w -]{1,30}?)["”]/g;

/**
 * "Owner" owns the technology in a licence, but in a works or services deal it owns the plant or the
 * project and is the customer: it yields to any other label the party carries (the "Owner" or
 * "Customer"), and to the label of the party that works for it.
 */
const WEAK_LABEL = 'owner';

/**
 * Labels of the party that works on another's plant or project. They carry no side of their own (a
 * "Contractor" may receive information under an NDA); against an "Owner" they do the work.
 */
export const WORKS_FOR = /^(?:operator|contractor|o&m\s+contractor|maintenance\s+contractor|service\s+provider)$/i;

/** The side a party's labels give it: its short name, its name, or the labels quoted beside its name. */
export function labelOf(name: string, shortName: string | undefined, labels: readonly string[], scenario: ScenarioId | null): { side: 'A' | 'B'; weak: boolean } | undefined {
  const strong = (l: string | undefined) => (l && l.toLowerCase() !== WEAK_LABEL ? labelSide(l, scenario) : undefined);
  const side = strong(shortName) ?? strong(name);
  if (side) return { side, weak: false };
  const found = labels.find((l) => strong(l)) ?? labels.find((l) => labelSide(l, scenario));
  return found ? { side: labelSide(found, scenario)!, weak: found.toLowerCase() === WEAK_LABEL } : undefined;
}

/** The quoted labels right after a party's name where the contract introduces it. */
export function labelsBesideName(ctx: ReviewContext, name: string): string[] {
  // The title block may set the name in capitals and the preamble in title case.
  const lower = name.toLowerCase();
  const opening = ctx.sentences.slice(0, 20);
  for (const [i, s] of opening.entries()) {
    const at = s.text.toLowerCase().indexOf(lower);
    if (at < 0) continue;
    // The label may follow on the next line: "Fronius International GmbH, Pettenbach / (Also referred
    // to hereinafter as the DISCLOSER)".
    // A definition on the next line ('"Disclosing Party" means a Party that ...') labels no party.
    const next = plainQuotes(opening[i + 1]?.text.slice(0, 80) ?? '');
    const after = `${plainQuotes(s.text.slice(at + name.length, at + name.length + 160))} ${DEFINES_LABEL.test(next) ? '' : next}`;
    // Stop at the next party's introduction: "... and Nordlys Motors AB (", or "(2) Nordlys Motors AB" in a list of parties.
    const until = nextParty(ctx, name, after);
    const window = after.slice(0, until).split(/\)\s*(?:,\s*)?(?:and|&)\s/)[0]!;
    const quoted = [...window.matchAll(QUOTED_LABEL)].map((m) => m[1]!);
    if (quoted.some((l) => labelSide(l) || WORKS_FOR.test(l))) return quoted;
    const named = NAMED_AS.exec(window);
    if (named) return [named[1]!];
  }
  return [];
}

/** Where another party's name first comes in `text`, or its end. */
function nextParty(ctx: ReviewContext, name: string, text: string): number {
  const lower = text.toLowerCase();
  const at = ctx.parties.filter((p) => p.name !== name).map((p) => lower.indexOf(p.name.toLowerCase())).filter((i) => i >= 0);
  return at.length > 0 ? Math.min(...at) : text.length;
}

const DEFINES_LABEL = /^\W{0,3}[A-Z][\w -]{1,30}["”]\s+(?:means|shall\s+mean|has\s+the\s+meaning|refers\s+to)\b/;
// An unquoted label: "(hereinafter referred to as the DISCLOSER)".
const NAMED_AS = /\b(?:referred\s+to\s+)?(?:hereinafter\s+)?(?:referred\s+to\s+|called\s+)(?:hereinafter\s+)?as\s+(?:the\s+)?([A-Z][A-Za-z-]+(?:\s+[A-Z][A-Za-z-]+)?)/;

/**
 * "(collectively "Licensors")", "the Providers": a label in the plural that the opening defines names
 * the parties on that side together. Only a defined plural counts: "its customers" or "suppliers"
 * in lower case are people outside the deal.
 */
export function pluralLabels(ctx: ReviewContext, opening: number): [string, 'A' | 'B'][] {
  const out: [string, 'A' | 'B'][] = [];
  for (const d of ctx.definitions) {
    if (d.paragraph > opening || !/^[A-Z][\w -]{2,30}s$/.test(d.term) || out.some(([t]) => t === d.term)) continue;
    const side = labelSide(d.term.slice(0, -1), ctx.scenario);
    if (side) out.push([d.term, side]);
  }
  return out;
}
