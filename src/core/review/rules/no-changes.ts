import type { ReviewContext } from '../context';
import { partyBefore } from './side';

// A promise not to do something: "Customer will not (and will not allow anyone else to): …".
const PROMISE_NOT = /\b(?:will|shall|may|must)\s+not\b|\bagrees?\s+not\s+to\b/gi;
// Changing the licensed thing: what would make an improvement.
const CHANGE = /\b(?:modify|adapt|alter|translate|create\s+(?:any\s+)?derivative\s+works?|make\s+(?:any\s+)?improvements?)\b/i;
// "… without the Licensor's prior written consent", "except as expressly permitted in the Documentation": a door left open.
const OPENED = /\b(?:without\s+(?:[\w'’-]+\s+){0,4}(?:consent|approval)|except\s+(?:as|to\s+the\s+extent|with)|unless)\b/i;
// A list of barred acts runs long: the change may be its fourth item.
const REACH = 800;

/**
 * The licensee may not modify the licensed thing or create derivative works of it, with no consent
 * or exception that lets it: it makes no improvements for the licence to allocate. A bar the licensor
 * accepts for itself ("Provider will not modify Customer Data") bars nothing the licensee makes.
 */
export function licenseeMayNotChange(ctx: ReviewContext): boolean {
  return ctx.sentences.some((s) => {
    for (const m of s.text.matchAll(PROMISE_NOT)) {
      const rest = s.text.slice(m.index, m.index + REACH);
      const change = CHANGE.exec(rest);
      if (!change) continue;
      if (OPENED.test(rest.slice(change.index, change.index + 120))) continue;
      if (partyBefore(ctx, s.text, m.index)?.side === 'B') return true;
    }
    return false;
  });
}
