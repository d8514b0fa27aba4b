// An attachment's title in capitals names what it holds: "APPENDIX B FUND/SERV PROCESSING PROCEDURES
// AND MANUAL PROCESSING PROCEDURES" names the manual processing procedures, which the clauses then
// call "the Manual Processing Procedures" or, by the title's last word, "the Procedures".

/** The label in capitals and the title after it, in capitals: up to ten words. */
const CAPITAL_TITLE =
  /\b(?:EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT)\s{1,3}(?:[A-Z]|\d{1,3}(?:\.\d{1,2})?|[IVX]{1,4})\b\.?\s{0,3}(?:[-–—:]\s{0,3})?([A-Z][A-Z/&'-]{1,30}(?:\s{1,3}[A-Z][A-Z/&'-]{1,30}){0,9})/g;

/** Lower-case names an attachment's title in capitals gives: each side of "AND", and the last word of each. */
export function attachmentTitles(text: string): string[] {
  if (!/EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT/.test(text)) return [];
  const out: string[] = [];
  CAPITAL_TITLE.lastIndex = 0;
  for (let m = CAPITAL_TITLE.exec(text); m; m = CAPITAL_TITLE.exec(text)) {
    for (const part of m[1]!.split(/\s{1,3}AND\s{1,3}/)) {
      // Words joined by a slash ("FUND/SERV") are a name before the title's own words.
      const words = part.toLowerCase().split(/\s+/).filter((w) => w && !w.includes('/'));
      if (words.length === 0) continue;
      out.push(words.join(' '));
      if (words.length > 1) out.push(words[words.length - 1]!);
    }
  }
  return out;
}
