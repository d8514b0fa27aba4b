import type { RenderedClause, RenderedTerms } from '../../core/agreement/rendered';
import type { DocModel } from '../../core/document';
import type { Finding, Severity } from '../../core/findings';
import { goneFixesNote } from '../common/gone';
import { compareClauses } from '../common/drift';
import { locateEvidence } from '../common/locate';
import { placeClauses } from '../common/place';
import { type ClauseRecords, parseRecords, recordOf, RECORDS_KEY } from '../../core/agreement/records';
import type { Host, HostCapabilities, HostMessage, HostResult } from '../types';

/** A highlighted passage for the workspace to render. */
export interface WorkspaceMark {
  findingId: string;
  severity: Severity;
  message: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface WorkspaceSelection {
  paragraph: number;
  start: number;
  end: number;
}

/** A vetted clause the user chose for a finding; the workspace exports it, the draft stays as read. */
export interface ProposedFix {
  findingId: string;
  paragraph: number | null;
  clause: RenderedClause;
}

export interface WorkspaceState {
  doc: DocModel | null;
  marks: WorkspaceMark[];
  selection: WorkspaceSelection | null;
  /** Terms built in this session, in order, for download as .docx. */
  built: RenderedTerms[];
  fixes: ProposedFix[];
  /** Tags of our fixes no longer found whose records the user chose to forget (the workspace never edits the file). */
  forgotten: string[];
}

export interface StandaloneHost extends Host {
  /** Replaces the document (a newly opened .docx); marks, selection and fixes belong to the old one. */
  open(doc: DocModel): void;
  /** Puts back the proposals kept for this document (after a reload, or when it is opened again). */
  restoreFixes(fixes: readonly ProposedFix[]): void;
  /** Puts back the records forgotten for this document, as its proposals are put back. */
  restoreForgotten(tags: readonly string[]): void;
  /** Takes back the proposal made for a finding. */
  withdrawFix(findingId: string): void;
  /** The current state; a new object after every change (fits React's useSyncExternalStore). */
  snapshot(): WorkspaceState;
  subscribe(listener: () => void): () => void;
}

const CAPABILITIES: HostCapabilities = {
  apiSets: { '1.3': false, '1.4': false, '1.6': false },
  read: true,
  insert: true,
  comments: false,
  applyFix: true,
  trackedFixes: false,
  recordValues: true,
  readRevisions: true,
  openDocument: false,
  headerMarking: false,
  limits: [],
};

const noDocument: HostMessage = { key: 'host.error.noDocument' };

function ok<T>(value: T, notes: HostMessage[] = []): Promise<HostResult<T>> {
  return Promise.resolve({ ok: true, value, notes });
}

function fail<T>(error: HostMessage): Promise<HostResult<T>> {
  return Promise.resolve({ ok: false, error, done: [{ key: 'host.done.nothing' }] });
}

/**
 * The host for the browser workspace: the same interface over a DocModel held in memory. Nothing
 * here edits the draft; marks, the selection, built terms and proposed fixes are state the UI
 * renders and exports.
 */
export function createStandaloneHost(initial: DocModel | null = null): StandaloneHost {
  let state: WorkspaceState = { doc: initial, marks: [], selection: null, built: [], fixes: [], forgotten: [] };
  const listeners = new Set<() => void>();
  const update = (next: Partial<WorkspaceState>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l());
  };
  const records = (): ClauseRecords => {
    // The custom XML part a .docx carries; an older document may hold them in a property instead.
    const fromDoc = { ...parseRecords(state.doc?.properties?.[RECORDS_KEY]), ...parseRecords(state.doc?.clauseRecords) };
    const fromBuilt = Object.fromEntries(state.built.flatMap((t) => t.clauses.map((c) => [c.tag, recordOf(c)])));
    const all = { ...fromBuilt, ...fromDoc };
    if (!state.doc || state.forgotten.length === 0) return all;
    // A forgotten fix found again (a copy of the draft that still holds it, kept under the same key) is ours to list again.
    const found = new Set(placeClauses(state.doc, all).map((c) => c.tag));
    return Object.fromEntries(Object.entries(all).filter(([tag]) => found.has(tag) || !state.forgotten.includes(tag)));
  };
  const texts = () => state.doc?.paragraphs.map((p) => p.text) ?? [];

  return {
    capabilities: () => CAPABILITIES,
    open: (doc) => update({ doc, marks: [], selection: null, fixes: [], forgotten: [] }),
    restoreFixes: (fixes) => update({ fixes: [...fixes] }),
    restoreForgotten: (tags) => update({ forgotten: [...tags] }),
    withdrawFix: (findingId) => update({ fixes: state.fixes.filter((f) => f.findingId !== findingId) }),
    snapshot: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    readDocument: () => (state.doc ? ok(state.doc) : fail(noDocument)),
    insertClauses: (terms, _where, zh) => {
      update({ built: [...state.built, terms] });
      const paragraphs = terms.clauses.reduce((n, c) => n + 1 + c.paragraphs.length, 0) * (zh ? 2 : 1);
      return ok({ clauses: terms.clauses.length, paragraphs, recorded: true });
    },
    listClauses: () => {
      if (!state.doc) return fail(noDocument);
      const all = records();
      const placed = placeClauses(state.doc, all);
      return ok(placed, goneFixesNote(placed, all));
    },
    checkDrift: (render) => {
      if (!state.doc) return fail(noDocument);
      const all = records();
      const placed = placeClauses(state.doc, all);
      return ok(compareClauses(placed, all, render), goneFixesNote(placed, all));
    },
    forgetGoneFixes: () => {
      if (!state.doc) return fail(noDocument);
      const all = records();
      const found = new Set(placeClauses(state.doc, all).map((c) => c.tag));
      const gone = Object.keys(all).filter((tag) => all[tag]!.proposed && !found.has(tag));
      if (gone.length > 0) update({ forgotten: [...state.forgotten, ...gone] });
      return ok({ removed: gone.length });
    },
    markFindings: (findings) => {
      if (!state.doc) return fail(noDocument);
      const all = texts();
      const marks: WorkspaceMark[] = [];
      const unplaced: string[] = [];
      for (const f of findings) {
        const ev = f.evidence[0];
        const at = ev ? locateEvidence(all, ev) : null;
        if (!ev || !at) {
          unplaced.push(f.id);
          continue;
        }
        marks.push({ findingId: f.id, severity: f.severity, message: f.message, paragraph: at.paragraph, start: at.start, end: at.end });
      }
      update({ marks: [...state.marks.filter((m) => !findings.some((f) => f.id === m.findingId)), ...marks] });
      return ok(
        { marked: marks.length, as: 'highlight' as const, unplaced },
        unplaced.length > 0 ? [{ key: 'host.note.unplaced', params: { count: unplaced.length } }] : [],
      );
    },
    clearMarks: () => {
      const removed = state.marks.length;
      update({ marks: [] });
      return ok({ removed });
    },
    goTo: (finding: Finding) => {
      if (!state.doc) return fail(noDocument);
      const ev = finding.evidence[0];
      if (!ev) return fail({ key: 'host.error.noPassage' });
      const at = locateEvidence(texts(), ev);
      if (!at) return fail({ key: 'host.error.passageGone' });
      update({ selection: { paragraph: at.paragraph, start: at.start, end: at.end } });
      return ok(null);
    },
    applyFix: (finding, clause, placement) => {
      if (!state.doc) return fail(noDocument);
      // Shown only where the revised draft will put it: a clause with no place there is a comment only.
      if (placement?.kind === 'none') return fail({ key: 'host.error.noPlace' });
      const ev = finding.evidence[0];
      const at = ev ? locateEvidence(texts(), ev) : null;
      if (ev && !at) return fail({ key: 'host.error.passageGone' });
      const paragraph = at ? at.paragraph : null;
      update({ fixes: [...state.fixes.filter((f) => f.findingId !== finding.id), { findingId: finding.id, paragraph, clause }] });
      return ok({ mode: paragraph === null ? ('inserted' as const) : ('replaced' as const), paragraphs: clause.paragraphs.length + 1, tracked: false });
    },
    // The browser downloads what the workspace makes; there is no Word here to open it in.
    openDocument: () => fail({ key: 'host.limit.openDocument' }),
    // The workspace shows a draft read from a file; it has no header to write to.
    markHeader: () => fail({ key: 'host.limit.headerMarking' }),
  };
}
