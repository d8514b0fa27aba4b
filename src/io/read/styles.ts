import { readRunFormat, RunFormats, type RunFormat } from './run-format';
import { child, children, type El, val, wAttr } from './xml';

export interface NumRef {
  numId: string;
  ilvl?: number;
}

export interface StyleInfo {
  id: string;
  name: string;
  basedOn?: string;
  /** 0-based outline level from the style's own paragraph properties (9 = body text). */
  outlineLvl?: number;
  numPr?: NumRef;
  /** Bold, italics and underline the style gives its text. */
  format?: RunFormat;
}

/** Paragraph styles by id, resolved through basedOn on demand; numbering styles' lists by id. */
export class Styles {
  private readonly byId = new Map<string, StyleInfo>();
  /** Numbering styles (w:type="numbering"): the list a w:numStyleLink stands for. */
  private readonly lists = new Map<string, NumRef>();
  readonly defaultId: string | undefined;
  /** How runs in these styles are emphasised. */
  readonly runs: RunFormats;

  constructor(root: El | undefined) {
    let defaultId: string | undefined;
    if (root) {
      for (const s of children(root, 'style')) {
        const type = wAttr(s, 'type') ?? 'paragraph';
        const id = wAttr(s, 'styleId');
        if (!id || (type !== 'paragraph' && type !== 'numbering')) continue;
        const pPr = child(s, 'pPr');
        if (type === 'numbering') {
          const list = readNumPr(child(pPr, 'numPr'));
          if (list) this.lists.set(id, list);
          continue;
        }
        const outline = val(pPr, 'outlineLvl');
        this.byId.set(id, {
          id,
          name: displayName(val(s, 'name') ?? id),
          basedOn: val(s, 'basedOn'),
          outlineLvl: outline === undefined ? undefined : Number(outline),
          numPr: readNumPr(child(pPr, 'numPr')),
          format: readRunFormat(child(s, 'rPr')),
        });
        if (['1', 'true', 'on'].includes(wAttr(s, 'default') ?? '')) defaultId = id;
      }
    }
    this.defaultId = defaultId;
    this.runs = new RunFormats(root, (id, pick) => this.inherited(id, (s) => (s.format ? pick(s.format) : undefined)));
  }

  get(id: string | undefined): StyleInfo | undefined {
    return this.byId.get(id ?? this.defaultId ?? '');
  }

  /** The list a numbering style holds (what an abstractNum's w:numStyleLink points to). */
  listStyle(id: string): NumRef | undefined {
    return this.lists.get(id);
  }

  /** Walk the basedOn chain (guarded against cycles) and return the first defined value. */
  inherited<T>(id: string | undefined, pick: (s: StyleInfo) => T | undefined): T | undefined {
    const seen = new Set<string>();
    let s = this.get(id);
    while (s && !seen.has(s.id)) {
      seen.add(s.id);
      const v = pick(s);
      if (v !== undefined) return v;
      s = s.basedOn ? this.byId.get(s.basedOn) : undefined;
    }
    return undefined;
  }

  /** Heading level 1..9 from a "heading N" name or an outline level anywhere up the chain. */
  headingLevel(id: string | undefined): number | undefined {
    return this.inherited(id, (s) => {
      const m = /^heading ([1-9])$/i.exec(s.name);
      if (m) return Number(m[1]);
      return s.outlineLvl !== undefined && s.outlineLvl < 9 ? s.outlineLvl + 1 : undefined;
    });
  }
}

export function readNumPr(numPr: El | undefined): NumRef | undefined {
  if (!numPr) return undefined;
  const numId = val(numPr, 'numId');
  if (numId === undefined) return undefined;
  const ilvl = val(numPr, 'ilvl');
  return { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

/** Word stores built-in style names in lower case ("heading 1") and shows them capitalised. */
function displayName(name: string): string {
  if (/^toc \d$/.test(name)) return name.toUpperCase();
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase());
}
