import type { DocModel } from '../core/document';
import type { Host, HostCapabilities, HostResult } from '../host/types';

const unavailable = <T>(): Promise<HostResult<T>> => Promise.resolve({ ok: false, error: { key: 'ui.workspace.notHere' }, done: [] });

/**
 * The workspace's document as a Host that reads and shows passages (the page itself draws the
 * highlights). Editing operations are declared unavailable in capabilities(), so the panels do not
 * offer them; the full standalone host (src/host/standalone) replaces this when it lands.
 */
export function documentHost(doc: DocModel): Host {
  const capabilities: HostCapabilities = {
    apiSets: { '1.3': false, '1.4': false, '1.6': false },
    read: true,
    insert: false,
    comments: false,
    applyFix: false,
    trackedFixes: false,
    recordValues: false,
    readRevisions: false,
    limits: [],
  };
  return {
    capabilities: () => capabilities,
    readDocument: () => Promise.resolve({ ok: true, value: doc, notes: [] }),
    goTo: () => Promise.resolve({ ok: true, value: null, notes: [] }),
    insertClauses: unavailable,
    listClauses: unavailable,
    checkDrift: unavailable,
    markFindings: unavailable,
    clearMarks: unavailable,
    applyFix: unavailable,
  };
}
