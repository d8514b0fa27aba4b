// A letterhead exported from a PDF keeps its columns as runs of spaces: a short line of underscores
// standing alone in such a gap ("HOUSTON, TX 77210          ______          Date: June 1, 1998")
// is a drawn rule under a column, with no label to fill beside it.

/** The widest gap a line to fill stands from its label: "Name: ______", "dated ______". */
const GAP = 8;

/** The match (at `index`, `length` long) is underscores with a column gap of spaces on each side. */
export function inColumnGap(text: string, index: number, length: number): boolean {
  if (!text.startsWith('_', index)) return false;
  const before = text.slice(Math.max(0, index - GAP), index);
  const after = text.slice(index + length, index + length + GAP);
  return before.length === GAP && after.length === GAP && !before.trim() && !after.trim();
}
