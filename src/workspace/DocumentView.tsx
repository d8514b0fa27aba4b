import { Fragment, memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { DocModel, DocParagraph } from '../core/document';
import { emphasised, piecesOf, type Mark, type Piece } from './highlight';
import type { ProposedFix } from '../host/standalone';
import { useUi } from '../taskpane/shared/UiContext';

const useStyles = makeStyles({
  page: {
    maxWidth: '46rem',
    margin: '0 auto',
    padding: '24px 32px',
    overflowWrap: 'anywhere',
    '@media (max-width: 480px)': { padding: '16px 12px' },
    fontFamily: 'Georgia, "Times New Roman", "Noto Serif CJK SC", serif',
    fontSize: '15px',
    lineHeight: '1.6',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  para: { margin: '0 0 10px 0' },
  proposal: {
    display: 'block',
    textDecoration: 'none',
    margin: '0 0 12px 0',
    padding: '8px 12px',
    borderLeft: `4px solid ${tokens.colorPaletteGreenBorderActive}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  // Bold comes from the document's runs and styles (TextEmphasis), not from being a heading: forms
  // that number whole clauses with heading styles would otherwise read all in bold.
  heading: { fontWeight: 400, margin: '18px 0 8px 0', fontSize: '15px' },
  underline: { textDecoration: 'underline' },
  table: { borderCollapse: 'collapse', width: '100%', margin: '0 0 12px 0' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px 8px', verticalAlign: 'top' },
  // Word's list number before the text ("5.2", "(a)"), as Word shows it: findings cite it.
  label: { marginRight: '0.25em' },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: 'inherit',
    cursor: 'pointer',
    borderRadius: '2px',
    padding: '0 1px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  high: { backgroundColor: tokens.colorPaletteRedBackground2, borderBottom: `2px solid ${tokens.colorPaletteRedBorderActive}` },
});

export interface DocumentViewProps {
  doc: DocModel;
  label: string;
  /** Marks per paragraph index. */
  marks: ReadonlyMap<number, Mark[]>;
  activeFinding: string | null;
  onPick: (findingId: string) => void;
  /** Vetted clauses chosen for findings: shown after the passage they replace, or at the end when there is none. */
  proposals: readonly ProposedFix[];
  onWithdraw: (findingId: string) => void;
}

/** The document as the user reads it, with the passages findings quote marked; a mark is a button to its finding. */
function Proposal({ fix, className, label, undo, onWithdraw }: { fix: ProposedFix; className: string; label: string; undo: string; onWithdraw: (findingId: string) => void }) {
  return (
    <ins className={className} data-proposal={fix.findingId} aria-label={`${label}: ${fix.clause.title}`}>
      <strong>{label}: {fix.clause.title}</strong>{' '}
      <Button size="small" appearance="subtle" onClick={() => onWithdraw(fix.findingId)}>
        {undo}
      </Button>
      {fix.clause.paragraphs.map((p, i) => (
        <span key={i} style={{ display: 'block', marginLeft: p.level === 2 ? '1.5em' : 0 }}>
          {p.label} {p.text}
        </span>
      ))}
    </ins>
  );
}

/**
 * Paragraphs shown at once, then added a batch at a time between frames: a draft of tens of
 * thousands of paragraphs is shown at once in part and grows, instead of freezing the page while
 * every paragraph is laid out (the reading and review run in a worker; this is the rest).
 */
const FIRST_BATCH = 300;
const BATCH = 300;
/**
 * A paragraph longer than this shows its beginning until asked for the rest (or until a finding
 * in the rest is chosen): laying out millions of characters in one block froze the page for 1.5 s.
 */
const LONG_PARAGRAPH = 20_000;

const NO_PARAGRAPHS: ReadonlySet<number> = new Set();

/** Longer than a heading ever is: about two lines of a title. */
const HEADING_MAX = 160;

/** A run of paragraphs from one table, as rows of cells of paragraphs; `first` keys it. */
interface TableBlock {
  first: number;
  rows: DocParagraph[][][];
}

/**
 * The paragraphs as the document lays them out: body paragraphs one by one, and each run of
 * paragraphs from one table as that table (a nested table shows as a table of its own).
 */
function blocksOf(paragraphs: readonly DocParagraph[]): (DocParagraph | TableBlock)[] {
  const out: (DocParagraph | TableBlock)[] = [];
  let open: { id: number; block: TableBlock } | null = null;
  for (const p of paragraphs) {
    if (!p.table) {
      open = null;
      out.push(p);
      continue;
    }
    if (!open || open.id !== p.table.table) {
      open = { id: p.table.table, block: { first: p.index, rows: [] } };
      out.push(open.block);
    }
    const row = (open.block.rows[p.table.row] ??= []);
    (row[p.table.cell] ??= []).push(p);
  }
  // Rows or cells the reader did not number densely stay in order without holes.
  for (const b of out) if ('rows' in b) b.rows = b.rows.filter(Boolean).map((r) => r.filter(Boolean));
  return out;
}

/** A piece of text in the bold, italics and underline the document gives it. */
function set(piece: Piece, styles: ReturnType<typeof useStyles>): ReactNode {
  let node: ReactNode = piece.text;
  if (piece.emphasis?.underline) node = <span className={styles.underline}>{node}</span>;
  if (piece.emphasis?.italic) node = <em>{node}</em>;
  if (piece.emphasis?.bold) node = <strong>{node}</strong>;
  return node;
}

interface ParagraphProps {
  p: DocParagraph;
  /** Show all of a long paragraph, not only its first LONG_PARAGRAPH characters. */
  whole: boolean;
  onShowRest: (paragraph: number) => void;
  showRestLabel: (count: number) => string;
  marks: readonly Mark[] | undefined;
  after: readonly ProposedFix[] | undefined;
  onPick: (findingId: string) => void;
  styles: ReturnType<typeof useStyles>;
  proposalLabel: string;
  undo: string;
  onWithdraw: (findingId: string) => void;
}

/** One paragraph with its marks and the proposals after it; memoised, so a new batch re-renders only itself. */
const Paragraph = memo(function Paragraph({ p, whole, onShowRest, showRestLabel, marks, after, onPick, styles, proposalLabel, undo, onWithdraw }: ParagraphProps) {
  const cut = !whole && p.text.length > LONG_PARAGRAPH;
  const pieces = emphasised(piecesOf(cut ? p.text.slice(0, LONG_PARAGRAPH) : p.text, marks ?? []), p.emphasis);
  const content = pieces.map((piece, i) =>
    piece.mark ? (
      <mark
        key={i}
        data-finding={piece.mark.findingId}
        className={mergeClasses(styles.mark, piece.mark.severity === 'high' && styles.high)}
        onClick={() => onPick(piece.mark!.findingId)}
        // Reachable by keyboard too: Enter on a marked passage opens its finding in the panel.
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          onPick(piece.mark!.findingId);
        }}
      >
        {set(piece, styles)}
      </mark>
    ) : (
      <Fragment key={i}>{set(piece, styles)}</Fragment>
    ),
  );
  // Forms that number their clauses with heading styles (Common Paper's standard terms) put whole
  // clauses in them: a paragraph that long is body text, not a heading for assistive technology.
  const heading = p.text.length > HEADING_MAX ? undefined : (p.headingLevel ?? (p.style === 'Title' ? 1 : undefined));
  const Tag = heading ? (heading === 1 ? 'h2' : 'h3') : 'p';
  return (
    <Fragment>
      <Tag id={`para-${p.index}`} className={heading ? styles.heading : styles.para}>
        {/* Word's automatic number, shown as Word shows it; a number typed in the text (a .txt file, the sample) is already there. */}
        {p.listLabel && !p.text.startsWith(p.listLabel.trim()) && <span className={styles.label}>{p.listLabel} </span>}
        {content}
        {cut && (
          <>
            {'… '}
            <Button size="small" appearance="secondary" onClick={() => onShowRest(p.index)}>
              {showRestLabel(p.text.length - LONG_PARAGRAPH)}
            </Button>
          </>
        )}
      </Tag>
      {after?.map((f) => (
        <Proposal key={f.findingId} fix={f} className={styles.proposal} label={proposalLabel} undo={undo} onWithdraw={onWithdraw} />
      ))}
    </Fragment>
  );
});

export const DocumentView = memo(function DocumentView({ doc, label, marks, activeFinding, onPick, proposals, onWithdraw }: DocumentViewProps) {
  const styles = useStyles();
  const { t } = useUi();
  const proposalLabel = t('ui.workspace.proposal');
  const undo = t('ui.workspace.withdraw');
  const ref = useRef<HTMLElement>(null);
  const total = doc.paragraphs.length;
  const [shown, setShown] = useState({ doc, count: FIRST_BATCH });
  const [whole, setWhole] = useState<{ doc: DocModel; paragraphs: ReadonlySet<number> }>({ doc, paragraphs: new Set() });
  const wholeParagraphs = whole.doc === doc ? whole.paragraphs : NO_PARAGRAPHS;
  const showRest = useCallback((paragraph: number) => setWhole((w) => ({ doc, paragraphs: new Set([...(w.doc === doc ? w.paragraphs : []), paragraph]) })), [doc]);
  const showRestLabel = useCallback((count: number) => t('ui.workspace.showRest', { count: count.toLocaleString() }), [t]);
  const count = shown.doc === doc ? shown.count : FIRST_BATCH;
  useEffect(() => {
    if (count >= total) return;
    const next = setTimeout(() => setShown({ doc, count: count + BATCH }), 0);
    return () => clearTimeout(next);
  }, [doc, count, total]);
  // A finding chosen in a part not shown yet: show up to its paragraph, then scroll to it once. Our
  // clause proposed for it is shown in preference to its passage, also when the clause has just gone in.
  const scrollTo = useRef<string | null>(null);
  const proposed = proposals.some((f) => f.findingId === activeFinding);
  useEffect(() => {
    scrollTo.current = activeFinding;
  }, [activeFinding, proposed]);
  useEffect(() => {
    const id = scrollTo.current && CSS.escape(scrollTo.current);
    if (!id) return;
    const el = ref.current?.querySelector<HTMLElement>(`ins[data-proposal="${id}"]`) ?? ref.current?.querySelector<HTMLElement>(`[data-finding="${id}"]`);
    if (el) {
      scrollTo.current = null;
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    for (const [paragraph, list] of marks) {
      const mark = list.find((m) => m.findingId === scrollTo.current);
      if (!mark) continue;
      if (paragraph >= count) return setShown({ doc, count: paragraph + 1 });
      if (mark.start >= LONG_PARAGRAPH && !wholeParagraphs.has(paragraph)) return showRest(paragraph);
    }
  }, [activeFinding, proposed, count, marks, doc, wholeParagraphs, showRest]);
  const byParagraph = useMemo(() => {
    const map = new Map<number, ProposedFix[]>();
    for (const f of proposals) if (f.paragraph !== null) map.set(f.paragraph, [...(map.get(f.paragraph) ?? []), f]);
    return map;
  }, [proposals]);
  const atEnd = proposals.filter((f) => f.paragraph === null);
  // The active mark is styled through an attribute selector so choosing a finding does not re-render the text.
  return (
    <article ref={ref} className={styles.page} aria-label={label} data-active={activeFinding ?? undefined}>
      {activeFinding && <style>{`mark[data-finding="${CSS.escape(activeFinding)}"]{outline:2px solid ${tokens.colorBrandStroke1};outline-offset:1px}`}</style>}
      {blocksOf(doc.paragraphs.slice(0, count)).map((block) => {
        const paragraph = (p: DocParagraph) => (
          <Paragraph
            key={p.index}
            p={p}
            whole={wholeParagraphs.has(p.index)}
            onShowRest={showRest}
            showRestLabel={showRestLabel}
            marks={marks.get(p.index)}
            after={byParagraph.get(p.index)}
            onPick={onPick}
            styles={styles}
            proposalLabel={proposalLabel}
            undo={undo}
            onWithdraw={onWithdraw}
          />
        );
        if (!('rows' in block)) return paragraph(block);
        return (
          <table key={`t${block.first}`} className={styles.table}>
            <tbody>
              {block.rows.map((cells, r) => (
                <tr key={r}>
                  {cells.map((cell, c) => (
                    <td key={c} className={styles.cell}>
                      {cell.map(paragraph)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      {count >= total && atEnd.map((f) => <Proposal key={f.findingId} fix={f} className={styles.proposal} label={proposalLabel} undo={undo} onWithdraw={onWithdraw} />)}
    </article>
  );
});
