import type { Rule, RuleFinding } from '../context';
import { finding } from './finding';
import { returnsOnRequest } from '../topics/deal';
import { weDisclose } from './flow';
import { ourSide, partyRefs } from './side';
import { groupedEvidence, hits, paragraphText, quote } from './text';

const RETURN_OR_DESTROY = /\b(?:return(?:ed|ing)?|destroy(?:s|ed|ing)?|destruction)\b/gi;
/** What is handed back: information, samples, materials, copies; not goods sold or tax returns. */
const OBJECT =
  /\b(?:confidential|proprietary|samples?|materials?|documents?|copies|data|prototypes?|evaluation\s+(?:units?|products?|copies)|records|notes|information|software|tangible)\b/i;
const OTHER_SENSE =
  /\b(?:return receipt|tax returns?|lodge returns|file returns|in return|returns? on|rate of return|return (?:policy|authori[sz]ation|merchandise)|returned (?:goods|products|merchandise)|returns? of (?:goods|products|merchandise)|product returns?|defective)\b/i;
const TRIGGER = /\b(?:terminat\w*|expir\w*|request\w*|demand\w*|end of|completion|conclusion|cessation|upon|following|after|no longer)\b/i;
// A return owed on request is due when asked ("promptly upon request"): the discloser sets the time;
// one owed "upon termination" is due at once when the agreement ends.
const DEADLINE =
  /\b(?:promptly|forthwith|without\s+(?:undue\s+)?delay|(?:up)?on\s+(?:\w+\s+){0,4}(?:request|demand)|upon\s+(?:the\s+)?(?:termination|expiration|expiry)\b|within\s+(?:\w+\s+)?(?:\(\d+\)\s+)?["“]?(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?|hours?)|(?:no|not)\s+later\s+than|immediate(?:ly)?|on\s+or\s+before|at\s+the\s+latest)\b/i;
// "As soon as practicable after receipt of a written notice": a time in words, if no day count.
const SOFT_DEADLINE = /\bas\s+soon\s+as\s+(?:reasonably\s+)?(?:practicable|possible)\b/i;
const CERTIFICATE =
  /\b(?:certif\w*|affidavit|written\s+(?:confirmation|statement|notice\s+(?:of|confirming))|confirm\w*\s+(?:\w+\s+){0,6}in\s+writing|in\s+writing\s+(?:\w+\s+){0,3}confirm\w*)/i;

function sharesMaterials(ctx: Parameters<Rule>[0]): boolean {
  return (
    ctx.scenario === 'sample-testing' ||
    ctx.scenario === 'pre-deal-disclosure' ||
    (ctx.playbook?.required.includes('return-or-destroy') ?? false)
  );
}

/**
 * Return or destruction with no deadline or no certificate: nobody can say when it is overdue. Where
 * both are there but the return is owed only on request, and we disclose, that is the point instead:
 * nothing comes back when talks end unless someone remembers to ask.
 */
export const returnDestroy: Rule = (ctx) => {
  const uses = hits(
    ctx,
    RETURN_OR_DESTROY,
    (h) => OBJECT.test(h.sentence.text) && TRIGGER.test(h.sentence.text) && !OTHER_SENSE.test(h.sentence.text),
  );
  const paragraphs = [...new Set(uses.map((h) => h.sentence.paragraph))];
  // The deadline or certificate may sit in the clause's next paragraph ("(b) within 30 days ...").
  const clause = (p: number) => `${paragraphText(ctx, p)} ${paragraphText(ctx, p + 1)}`;
  const deadline = paragraphs.some((p) => DEADLINE.test(clause(p)));
  const certificate = paragraphs.some((p) => CERTIFICATE.test(clause(p)));
  if (uses.length === 0 || (deadline && certificate)) return onRequestOnly(ctx);
  const which = !deadline && !certificate ? 'neither' : deadline ? 'no-certificate' : 'no-deadline';
  return [
    finding(ctx, {
      rule: 'ambiguous.return-destroy',
      key: `ambiguous.return-destroy.${which}`,
      topic: 'return-or-destroy',
      // A missing deadline matters most where samples or secrets are handed over before a deal, and to
      // the side whose material comes back (or either, with no side): for the side that returns, an open time is no risk.
      severity:
        !deadline && sharesMaterials(ctx) && (ctx.role === undefined || weDisclose(ctx)) && !paragraphs.some((p) => SOFT_DEADLINE.test(clause(p))) ? 'medium' : 'low',
      kind: 'ambiguous',
      evidence: groupedEvidence(uses),
    }),
  ];
};

/** "Supplier will, upon request, deliver or destroy all molds": where we are the one bound, the material goes to them, not back to us. */
export function weReturn(ctx: Parameters<Rule>[0], text: string): boolean {
  const ours = ourSide(ctx);
  if (!ours) return false;
  const verb = /\b(?:return|destr|deliver|delet|eras|surrender|dispos)\w*/i.exec(text);
  const before = text.slice(0, verb?.index ?? 0);
  const bound = partyRefs(ctx, before).filter((p) => /^\s*(?:,\s*)?(?:shall|will|must|agrees?|undertakes?)\b/.test(before.slice(p.index + p.text.length)));
  return bound[bound.length - 1]?.side === ours;
}

/** We disclose, and the draft returns our material only if we ask. */
function onRequestOnly(ctx: Parameters<Rule>[0]): RuleFinding[] {
  if (!weDisclose(ctx) || ctx.topics['return-or-destroy'].present) return [];
  const s = returnsOnRequest(ctx.sentences.filter((x) => !weReturn(ctx, x.text)));
  if (!s) return [];
  return [
    finding(ctx, {
      rule: 'ambiguous.return-on-request',
      topic: 'return-or-destroy',
      // A return the discloser may demand at any time is the usual form and in its control: worth a
      // note that nothing comes back unasked, not a point to negotiate.
      severity: 'low',
      kind: 'ambiguous',
      evidence: [quote(s)],
    }),
  ];
}
