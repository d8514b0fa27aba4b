import type { Party, Sentence } from './context';

// An English draft translated from a Chinese one calls its parties "Party A" and "Party B": on a
// cover line ("Party A: Shenzhen Lumeng Technology Co., Ltd.", "Party B (Licensee): Veltmark GmbH"),
// or in a naming bracket with no quotes ("(hereinafter referred to as Party A)"). The letter is then a
// name of that party, and a role word beside it on the cover line is its label. The letter never
// becomes the party's short name: the terms may call the company by its own word as well.

/** "Party A: …", "Party B (Licensee): …", at the start of a line or after a wide gap in a run-together cover. */
const COVER = /(?:^|\s{2,8}|\n)Party\s([AB])\s{0,3}(?:[（(]([A-Za-z][A-Za-z -]{1,30})[)）]\s{0,3})?[:：]\s{0,4}/g;
/** Where a cover line's name ends: the next field ("Address:"), a wide gap, the next party, a new line. */
const NAME_END = /\s{2}|\n|\s(?:Party\s[AB]\b|Address|Registered|Domicile|Legal\s{1,3}Representative|Tel|Telephone|Contact)\b|[,;]\s{0,3}(?:Address|Registered|with\b|a\s)|[,;]$/;
/** "(hereinafter referred to as Party A)", "(hereinafter called 'Party B')": the quoted form is a definition already. */
const BRACKET = /\((?:hereinafter|hereafter|below)?\s{0,3}(?:referred\s{1,3}to\s{1,3}as|called)?\s{0,3}(?:the\s{1,3})?['‘]?Party\s([AB])['’]?\)/g;
/** A name with no company form, as a cover line gives it: capitalised words ("People's Government of Fenyi County"). */
const PLAIN_NAME = /^[A-Z][\w'’.&-]*(?:\s{1,2}(?:[A-Z][\w'’.&()-]*|of|and|for|the|de|&)){0,9}$/;

/** A party as a letter names it, with the role word beside the letter where the cover line gives one. */
interface Lettered {
  letter: 'A' | 'B';
  role?: string;
  /** What follows the cover line's colon, or the words before the bracket. */
  text: string;
  bracket: boolean;
}

function lettered(opening: readonly Sentence[]): Lettered[] {
  const out: Lettered[] = [];
  for (const s of opening) {
    COVER.lastIndex = 0;
    for (let m = COVER.exec(s.text); m; m = COVER.exec(s.text)) {
      const rest = s.text.slice(m.index + m[0].length, m.index + m[0].length + 160);
      const end = rest.search(NAME_END);
      const text = (end < 0 ? rest : rest.slice(0, end)).trim();
      out.push({ letter: m[1] as 'A' | 'B', ...(m[2] ? { role: m[2].trim() } : {}), text, bracket: false });
    }
    BRACKET.lastIndex = 0;
    for (let m = BRACKET.exec(s.text); m; m = BRACKET.exec(s.text)) out.push({ letter: m[1] as 'A' | 'B', text: s.text.slice(Math.max(0, m.index - 160), m.index), bracket: true });
  }
  return out;
}

/**
 * The parties with the letters their cover lines or brackets give them (as aliases). A cover line
 * whose name has no company form ("Party A: People's Government of Fenyi County") adds that party,
 * where the other letter names one: two letters, two parties. Only where both letters are found,
 * each for one party.
 */
export function withLetters(parties: readonly Party[], opening: readonly Sentence[]): Party[] {
  const found = lettered(opening);
  if (!found.some((l) => l.letter === 'A') || !found.some((l) => l.letter === 'B')) return [...parties];
  const out: Party[] = parties.map((p) => ({ ...p }));
  const given = new Map<'A' | 'B', Party>();
  for (const l of found) {
    if (given.has(l.letter)) continue;
    const lower = l.text.toLowerCase();
    // The bracket names the party whose name ends right before it; a cover line, the one it writes.
    const party = l.bracket ? out.find((p) => lower.trimEnd().endsWith(p.name.toLowerCase())) : out.find((p) => lower.includes(p.name.toLowerCase()));
    const plain: Party | undefined = !party && !l.bracket && PLAIN_NAME.test(l.text) && !out.some((p) => p.shortName === `Party ${l.letter}`) ? { name: l.text } : undefined;
    const target = party ?? plain;
    if (!target || [...given.values()].includes(target)) continue;
    if (plain) out.push(plain);
    given.set(l.letter, target);
    const names = [`Party ${l.letter}`, ...(l.role ? [l.role] : [])].filter((n) => n !== target.shortName);
    if (names.length > 0) target.aliases = [...(target.aliases ?? []), ...names];
  }
  return given.size === 2 ? out : [...parties];
}
