import type { Sentence } from '../context';
import { escapeRegExp } from '../../regex-escape';

// How far around a label a line is read, and how many lines are taken: a cover page and a
// signature page name each party once or twice.
const LOOK = 200;
const MAX_LINES = 12;

/** A party a cover or signature line names under a role label: "Licensor: ACME ENTERTAINMENT". */
export interface RoleLine {
  label: string;
  name: string;
}

// A name set in capitals: words of capitals, digits and '&', joined by spaces, at most eight.
const CAPS_WORD = String.raw`[A-Z0-9&][A-Z0-9&.'’-]*(?![a-z])`;
const CAPS_NAME = new RegExp(String.raw`^(${CAPS_WORD}(?:[ \t]+${CAPS_WORD}){0,7})`);

/**
 * The names the draft sets under a role label followed by a colon ("Licensor: PACIFICA MEDIA
 * Licensee THE HARBOUR FILM AND TELEVISION CORPORATION", "DISTRIBUTOR: POLAR TRADING CO."), read
 * for `labels` (the role labels we know). A name ends at the next label. Capitals alone make no
 * party: a heading in capitals after a label ("LICENSEE: OBLIGATIONS") is one only where the
 * opening introduces it ("between …", "and …") or it holds a party's legal name, which the caller checks.
 */
export function roleLines(sentences: readonly Sentence[], labels: readonly string[]): RoleLine[] {
  const alt = labels.map(escapeRegExp).join('|');
  const label = new RegExp(String.raw`\b(${alt})\b\s*:?\s*`, 'gi');
  // One blank before the next label is enough to find it; the name is trimmed after.
  const nextLabel = new RegExp(String.raw`[ \t](?:${alt})\b`, 'i');
  const out: RoleLine[] = [];
  for (const s of sentences) {
    // A label counts only with its colon or after a line's name found already: a sentence with
    // neither holds none, and the label pattern (every role word, in any case) need not run over it.
    if (!s.text.includes(':') && !out.some((r) => s.text.includes(r.name))) continue;
    label.lastIndex = 0;
    for (let m = label.exec(s.text); m; m = label.exec(s.text)) {
      // The label is the first of a line or follows another role line's name; the colon may be
      // missing after the second label of a line ("… Licensee THE HARBOUR …").
      const before = s.text.slice(Math.max(0, m.index - LOOK), m.index).trimEnd();
      if (!/:\s*$/.test(m[0]) && !out.some((r) => before.endsWith(r.name))) continue;
      const rest = s.text.slice(m.index + m[0].length, m.index + m[0].length + LOOK);
      const caps = CAPS_NAME.exec(rest);
      if (!caps) continue;
      // Stop at the next label: "PACIFICA MEDIA Licensee" (in any case).
      const next = nextLabel.exec(caps[1]!);
      const name = trimPunctuation((next ? caps[1]!.slice(0, next.index) : caps[1]!).trimEnd());
      if (name.length >= 3 && /[A-Z]{3}/.test(name)) out.push({ label: m[1]!, name });
      if (out.length >= MAX_LINES) return out;
    }
  }
  return out;
}

/** A name without the commas or colons that end its line; a stop may close "CO." or "INC.". */
function trimPunctuation(name: string): string {
  let end = name.length;
  while (end > 0 && ',;:'.includes(name[end - 1]!)) end--;
  return name.slice(0, end);
}
