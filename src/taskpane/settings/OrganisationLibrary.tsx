import { useRef, useState } from 'react';
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles } from '@fluentui/react-components';
import { describeLibraryIssue } from '../../core/library';
import { useLibrary } from '../shared/LibraryContext';
import { useUi } from '../shared/UiContext';
import { useOrganisationLibrary, type LoadProblem } from './useOrganisationLibrary';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  issues: { margin: '4px 0 0 0', paddingLeft: '18px', overflowWrap: 'anywhere' },
});

const SHOWN_ISSUES = 6;

/** Which clause library is in use, and loading an organisation's own; a bad one is refused with the reason. */
export function OrganisationLibrary() {
  const { t, locale, settings } = useUi();
  const { library, organisation, builtin, dropOrganisation, organisationKept } = useLibrary();
  const { busy, problem, fromUrl, fromFiles, cancel } = useOrganisationLibrary();
  const [url, setUrl] = useState(settings.libraryUrl);
  const folder = useRef<HTMLInputElement>(null);
  const bundle = useRef<HTMLInputElement>(null);
  const styles = useStyles();

  const describe = (p: LoadProblem) =>
    'issues' in p ? (
      <ul className={styles.issues}>
        {p.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
          <li key={i}>{describeLibraryIssue(issue, locale)}</li>
        ))}
        {p.issues.length > SHOWN_ISSUES && <li>{t('ui.settings.library.more', { count: p.issues.length - SHOWN_ISSUES })}</li>}
      </ul>
    ) : (
      t(p.key, p.params)
    );

  return (
    <div className={styles.box} role="group" aria-labelledby="org-library-label">
      <span id="org-library-label">
        <strong>{t('ui.settings.library.title')}</strong>
      </span>
      {library && (
        <Caption1 aria-live="polite">
          {organisation
            ? t('ui.settings.library.usingOrg', { name: organisation.name, version: organisation.version, from: settings.libraryUrl })
            : t('ui.settings.library.usingBuiltin', { name: library.name, version: library.version })}
        </Caption1>
      )}
      {organisation && !organisationKept && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('ui.settings.library.notKept')}</MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.box}
        onSubmit={(e) => {
          e.preventDefault();
          void fromUrl(url.trim());
        }}
      >
        <Field label={t('ui.settings.library.url')} hint={t('ui.settings.library.urlHint')}>
          <Input type="url" value={url} onChange={(_, d) => setUrl(d.value)} placeholder="https://intranet.example.com/clauses/library.json" />
        </Field>
        <Button type="submit" disabled={busy || url.trim() === ''} style={{ alignSelf: 'flex-start' }}>
          {t('ui.settings.library.load')}
        </Button>
      </form>
      <div className={styles.row}>
        <Button size="small" disabled={busy} onClick={() => folder.current?.click()}>
          {t('ui.settings.library.folder')}
        </Button>
        <Button size="small" disabled={busy} onClick={() => bundle.current?.click()}>
          {t('ui.settings.library.file')}
        </Button>
        {organisation && builtin && (
          <Button size="small" appearance="subtle" onClick={dropOrganisation}>
            {t('ui.settings.library.useBuiltin')}
          </Button>
        )}
      </div>
      <input
        ref={folder}
        type="file"
        hidden
        multiple
        aria-label={t('ui.settings.library.folder')}
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          if (e.target.files?.length) void fromFiles(e.target.files);
          e.target.value = '';
        }}
      />
      <input
        ref={bundle}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label={t('ui.settings.library.file')}
        onChange={(e) => {
          if (e.target.files?.length) void fromFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {busy && (
        <div className={styles.row}>
          <Spinner size="tiny" label={t('ui.settings.library.checking')} />
          <Button size="small" appearance="subtle" onClick={cancel}>
            {t('ui.settings.library.cancel')}
          </Button>
        </div>
      )}
      {problem && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('ui.settings.library.refused')}</MessageBarTitle>
            {describe(problem)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
