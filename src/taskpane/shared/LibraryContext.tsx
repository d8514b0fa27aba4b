import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Library, LibraryIssue, LibrarySourceFile } from '../../core/library';
import { readStored, writeStored } from './storage';

const ORG_KEY = 'clausewright.organisationLibrary';

export interface LibraryState {
  /** The library in use: the organisation's when one is loaded and valid, else the built-in one. */
  library: Library | null;
  builtin: Library | null;
  organisation: Library | null;
  loading: boolean;
  /** Validates and, when valid, adopts an organisation library; otherwise returns why not. */
  adopt: (files: LibrarySourceFile[]) => Promise<{ ok: true; library: Library } | { ok: false; issues: LibraryIssue[] }>;
  dropOrganisation: () => void;
  /** False when the organisation library could not be kept in this browser's storage: it lasts until the page closes. */
  organisationKept: boolean;
}

const LibraryContext = createContext<LibraryState | null>(null);

function parseStoredFiles(raw: unknown): LibrarySourceFile[] | null {
  return Array.isArray(raw) && raw.every((f) => f && typeof f === 'object' && typeof (f as LibrarySourceFile).path === 'string') ? (raw as LibrarySourceFile[]) : null;
}

// The built-in library loads after the first paint, validated at build time; the parser (zod) only
// for an organisation's library.
const loadParser = () => import(/* webpackChunkName: "library" */ '../../core/library');
const loadBuiltin = () => import(/* webpackChunkName: "builtin-library" */ '../builtinLibrary');

export function LibraryProvider({ children }: { children: ReactNode }) {
  const [builtin, setBuiltin] = useState<Library | null>(null);
  const [organisation, setOrganisation] = useState<Library | null>(null);
  const [loading, setLoading] = useState(true);
  const [organisationKept, setOrganisationKept] = useState(true);

  useEffect(() => {
    let live = true;
    const cached = readStored(ORG_KEY, parseStoredFiles);
    void Promise.all([loadBuiltin(), cached ? loadParser() : null]).then(([{ BUILTIN_LIBRARY }, parser]) => {
      if (!live) return;
      setBuiltin(BUILTIN_LIBRARY);
      if (cached && parser) {
        const org = parser.parseLibrary(cached);
        if (org.ok) setOrganisation(org.library);
        else writeStored(ORG_KEY, undefined);
      }
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, []);

  const adopt = useCallback(async (files: LibrarySourceFile[]) => {
    const { parseLibrary } = await loadParser();
    const parsed = parseLibrary(files);
    if (!parsed.ok) return parsed;
    setOrganisation(parsed.library);
    // A large library may not fit the browser's storage; then it is used now and said not to be kept,
    // rather than silently replaced by the built-in one after a reload.
    const kept = writeStored(ORG_KEY, files);
    if (!kept) writeStored(ORG_KEY, undefined);
    setOrganisationKept(kept);
    return parsed;
  }, []);

  const dropOrganisation = useCallback(() => {
    setOrganisation(null);
    writeStored(ORG_KEY, undefined);
    setOrganisationKept(true);
  }, []);

  const value = useMemo(
    () => ({ library: organisation ?? builtin, builtin, organisation, loading, adopt, dropOrganisation, organisationKept }),
    [organisation, builtin, loading, adopt, dropOrganisation, organisationKept],
  );
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>;
}

export function useLibrary(): LibraryState {
  const s = useContext(LibraryContext);
  if (!s) throw new Error('useLibrary outside <LibraryProvider>');
  return s;
}
