import type { Locale } from '../../core/i18n';
import type { Host } from '../types';
import type { WordApi } from './api';
import { wordCapabilities } from './capabilities';
import { clearMarks } from './clear';
import { applyFix } from './fix';
import { goTo } from './goto';
import { insertClauses } from './insert';
import { checkDrift, forgetGoneFixes, listClauses } from './list';
import { markFindings } from './mark';
import { openDocument } from './open';
import { readDocument } from './read';
import { markHeader } from './header';

export type { WordApi } from './api';

/**
 * The Word host. The API is passed in: production passes officeWordApi() (office.ts), tests pass
 * the fake. Requirement sets are asked once, when the host is made (after Office.onReady).
 * `locale` words the comments it writes (marks, and apply-fix's note on a Chinese version to conform): the pane passes the language it shows now, read at each
 * call, so a comment written after the user switches language is in the new one.
 */
export function createWordHost(api: WordApi, locale: Locale | (() => Locale)): Host {
  const caps = wordCapabilities(api.requirements);
  const wording = typeof locale === 'function' ? locale : () => locale;
  return {
    capabilities: () => caps,
    readDocument: (options) => readDocument(api, caps, options),
    insertClauses: (terms, where, zh) => insertClauses(api, caps, terms, where, zh),
    listClauses: () => listClauses(api, caps),
    checkDrift: (render) => checkDrift(api, caps, render),
    forgetGoneFixes: () => forgetGoneFixes(api, caps),
    markFindings: (findings, fixText) => markFindings(api, caps, findings, wording(), fixText),
    clearMarks: () => clearMarks(api, caps),
    goTo: (finding) => goTo(api, caps, finding),
    applyFix: (finding, clause, placement) => applyFix(api, caps, finding, clause, placement, wording()),
    openDocument: (docx) => openDocument(api, caps, docx),
    markHeader: (text) => markHeader(api, caps, text),
  };
}
