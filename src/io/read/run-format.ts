import type { TextEmphasis } from '../../core/document';
import { child, children, type El, val, wAttr } from './xml';

/** Bold, italics and underline as a run's properties set them; undefined where they leave it to the style. */
export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Emphasis = Omit<TextEmphasis, 'start' | 'end'>;

const OFF = new Set(['0', 'false', 'off']);

function onOff(el: El | undefined): boolean | undefined {
  if (!el) return undefined;
  return !OFF.has(wAttr(el, 'val') ?? 'true');
}

/** What one w:rPr says of bold, italics and underline (w:u="none" takes an underline away). */
export function readRunFormat(rPr: El | undefined): RunFormat | undefined {
  if (!rPr) return undefined;
  const u = child(rPr, 'u');
  const out: RunFormat = {};
  const bold = onOff(child(rPr, 'b'));
  const italic = onOff(child(rPr, 'i'));
  if (bold !== undefined) out.bold = bold;
  if (italic !== undefined) out.italic = italic;
  if (u) out.underline = (wAttr(u, 'val') ?? 'single') !== 'none';
  return Object.keys(out).length > 0 ? out : undefined;
}

interface CharStyle {
  basedOn?: string;
  format?: RunFormat;
}

/**
 * Resolves a run's bold, italics and underline as Word does, most specific first: the run's own
 * properties, its character style, its paragraph style (each through basedOn), the document's
 * defaults. Results are cached by what decides them, so a long document pays per kind of run.
 */
export class RunFormats {
  private readonly chars = new Map<string, CharStyle>();
  private readonly defaults: RunFormat | undefined;
  private readonly cache = new Map<string, Emphasis>();

  constructor(
    root: El | undefined,
    private readonly paragraphFormat: (styleId: string | undefined, pick: (f: RunFormat) => boolean | undefined) => boolean | undefined,
  ) {
    this.defaults = readRunFormat(child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr'));
    for (const s of root ? children(root, 'style') : []) {
      const id = wAttr(s, 'styleId');
      if (wAttr(s, 'type') !== 'character' || !id) continue;
      this.chars.set(id, { basedOn: val(s, 'basedOn'), format: readRunFormat(child(s, 'rPr')) });
    }
  }

  /** The emphasis of a run in a paragraph of the given style. */
  of(paragraphStyle: string | undefined, rPr: El | undefined): Emphasis {
    const direct = readRunFormat(rPr);
    const charStyle = val(rPr, 'rStyle');
    const key = `${paragraphStyle ?? ''}\u0000${charStyle ?? ''}\u0000${direct?.bold}${direct?.italic}${direct?.underline}`;
    let found = this.cache.get(key);
    if (!found) {
      const pick = (p: (f: RunFormat) => boolean | undefined): boolean =>
        (direct && p(direct)) ?? this.charStyle(charStyle, p) ?? this.paragraphFormat(paragraphStyle, p) ?? (this.defaults && p(this.defaults)) ?? false;
      found = {};
      if (pick((f) => f.bold)) found.bold = true;
      if (pick((f) => f.italic)) found.italic = true;
      if (pick((f) => f.underline)) found.underline = true;
      this.cache.set(key, found);
    }
    return found;
  }

  private charStyle(id: string | undefined, pick: (f: RunFormat) => boolean | undefined): boolean | undefined {
    const seen = new Set<string>();
    for (let s = id ? this.chars.get(id) : undefined; s && id && !seen.has(id); id = s.basedOn, s = id ? this.chars.get(id) : undefined) {
      seen.add(id);
      const v = s.format && pick(s.format);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

/** Add a stretch of emphasised text to a paragraph's list, joined to the last when it goes on from it alike. */
export function addEmphasis(list: TextEmphasis[], start: number, end: number, e: Emphasis): void {
  if (!e.bold && !e.italic && !e.underline) return;
  const last = list[list.length - 1];
  if (last && last.end === start && last.bold === e.bold && last.italic === e.italic && last.underline === e.underline) {
    last.end = end;
    return;
  }
  list.push({ start, end, ...e });
}
