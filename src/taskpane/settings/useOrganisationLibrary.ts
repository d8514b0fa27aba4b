import { useCallback, useRef, useState } from 'react';
import type { LibraryIssue, LibrarySourceFile } from '../../core/library';
import type { MessageKey, MessageParams } from '../../core/i18n';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import { CANCELLED, fetchBundle, FetchProblem } from './fetchBundle';
import { filesFromBundle, libraryPath } from './libraryFiles';

export type LoadProblem = { key: MessageKey; params?: MessageParams } | { issues: LibraryIssue[] };

/** Loading an organisation library by URL, as a JSON bundle file, or as a folder of its YAML files. */
export function useOrganisationLibrary() {
  const { adopt } = useLibrary();
  const { updateSettings } = useUi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LoadProblem | null>(null);
  const fetching = useRef<AbortController | null>(null);

  const take = useCallback(
    async (files: LibrarySourceFile[] | null, from: string) => {
      if (!files) return setProblem({ key: 'ui.settings.library.notBundle' });
      const result = await adopt(files);
      if (!result.ok) return setProblem({ issues: result.issues });
      setProblem(null);
      updateSettings({ libraryUrl: from });
    },
    [adopt, updateSettings],
  );

  const guard = useCallback(async (work: () => Promise<void>, fallback: LoadProblem) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (err) {
      if (err instanceof FetchProblem) setProblem(err.problem as LoadProblem);
      else setProblem(fallback);
    } finally {
      setBusy(false);
    }
  }, []);

  const fromUrl = useCallback(
    (url: string) =>
      guard(async () => {
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          return setProblem({ key: 'ui.settings.library.badUrl' });
        }
        const controller = new AbortController();
        fetching.current = controller;
        try {
          const fetched = await fetchBundle(parsed.href, controller);
          if (fetched === CANCELLED) return;
          await take(filesFromBundle(fetched), parsed.href);
        } finally {
          if (fetching.current === controller) fetching.current = null;
        }
      }, { key: 'ui.settings.library.unreachable' }),
    [guard, take],
  );

  /** Stop waiting for a library URL; the library in use stays. */
  const cancel = useCallback(() => fetching.current?.abort('cancel'), []);

  const fromFiles = useCallback(
    (list: FileList) =>
      guard(async () => {
        const picked = [...list];
        const single = picked.length === 1 && picked[0]!.name.toLowerCase().endsWith('.json') ? picked[0]! : null;
        if (single) return take(filesFromBundle(JSON.parse(await single.text())), single.name);
        const { parse } = await import(/* webpackChunkName: "yaml" */ 'yaml');
        const files: LibrarySourceFile[] = [];
        for (const file of picked) {
          if (!/\.(ya?ml|json)$/i.test(file.name)) continue;
          const text = await file.text();
          files.push({ path: libraryPath(file), data: file.name.toLowerCase().endsWith('.json') ? JSON.parse(text) : parse(text) });
        }
        await take(files.length ? files : null, picked[0]?.webkitRelativePath.split('/')[0] || picked[0]?.name || '');
      }, { key: 'ui.settings.library.unparsable' }),
    [guard, take],
  );

  return { busy, problem, fromUrl, fromFiles, cancel };
}
