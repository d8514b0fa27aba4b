import { useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Caption1, Dropdown, Field, Option, SearchBox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ScenarioId } from '../../core/scenarios';
import { TOPIC_IDS, type TopicId } from '../../core/topics';
import { useUi } from '../shared/UiContext';
import { ActionBar } from '../shared/ActionBar';
import { useLibrary } from '../shared/LibraryContext';
import { clauseTitle, lang, variantName, variantText } from '../shared/libraryText';
import { ScenarioPicker } from '../shared/ScenarioPicker';
import { filterClauses } from './filter';
import { useInsertOne } from './useInsertOne';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: '10px' },
  heading: { margin: 0, fontSize: '16px' },
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: '8px', '& > *': { minWidth: 0 } },
  variant: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '8px 0', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  text: { margin: 0, whiteSpace: 'pre-wrap', fontFamily: 'Georgia, "Times New Roman", serif', fontSize: '13px', padding: '6px', backgroundColor: tokens.colorNeutralBackground2 },
  dropdown: { minWidth: 0, width: '100%' },
  note: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px' },
});

const STANCE_COLOR = { protective: 'success', balanced: 'informative', fallback: 'warning' } as const;

/** Browse and search the clause library by topic and scenario, with the plain-language notes. */
export default function LibraryView() {
  const { t, locale } = useUi();
  const { library } = useLibrary();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState<TopicId | null>(null);
  const [scenario, setScenario] = useState<ScenarioId | null>(null);
  const insertOne = useInsertOne(scenario);
  const shown = useMemo(() => (library ? filterClauses(library.clauses, { query, topic, scenario }) : []), [library, query, topic, scenario]);

  return (
    <div className={styles.view}>
      <h2 className={styles.heading}>{t('ui.library.title')}</h2>
      {library && <Caption1>{t('ui.library.source', { name: library.name, version: library.version, count: library.clauses.length })}</Caption1>}
      <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} aria-label={t('ui.library.search')} placeholder={t('ui.library.search')} />
      <div className={styles.filters}>
        <Field label={t('ui.library.topic')}>
          <Dropdown className={styles.dropdown} value={topic ? t(`ui.topic.${topic}`) : t('ui.library.any')} selectedOptions={[topic ?? '']} onOptionSelect={(_, d) => setTopic((d.optionValue || null) as TopicId | null)}>
            <Option value="">{t('ui.library.any')}</Option>
            {TOPIC_IDS.map((id) => (
              <Option key={id} value={id}>
                {t(`ui.topic.${id}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('ui.library.scenario')}>
          <ScenarioPicker className={styles.dropdown} value={scenario} noneLabel={t('ui.library.any')} onChange={setScenario} />
        </Field>
      </div>
      <Caption1 role="status">{t('ui.library.count', { count: shown.length })}</Caption1>
      {insertOne.message && <ActionBar said={insertOne.message} />}
      <Accordion collapsible multiple>
        {shown.map((c) => (
          <AccordionItem key={c.id} value={c.id}>
            <AccordionHeader size="small">
              {/* The topic is said only where the title does not already say it ("Confidentiality"). */}
              {clauseTitle(c, locale).toLowerCase() === t(`ui.topic.${c.topic}`).toLowerCase() ? clauseTitle(c, locale) : `${clauseTitle(c, locale)} · ${t(`ui.topic.${c.topic}`)}`}
            </AccordionHeader>
            <AccordionPanel>
              {c.variants.map((v) => {
                const note = v.note[lang(locale)];
                const shown = variantText(v, locale);
                return (
                  <article key={v.id} className={styles.variant} aria-label={`${clauseTitle(c, locale)}: ${variantName(v, locale)}`}>
                    <div>
                      <Text weight="semibold">{variantName(v, locale)}</Text>{' '}
                      <Badge size="small" appearance="tint" color={STANCE_COLOR[v.stance]}>
                        {t(`build.stance.${v.stance}`)}
                      </Badge>
                    </div>
                    <dl className={styles.note}>
                      <dt>{t('ui.library.what')}</dt>
                      <dd style={{ margin: 0 }}>{note.what}</dd>
                      <dt>{t('ui.library.when')}</dt>
                      <dd style={{ margin: 0 }}>{note.when}</dd>
                      <dt>{t('ui.library.risk')}</dt>
                      <dd style={{ margin: 0 }}>{note.risk}</dd>
                    </dl>
                    <pre className={styles.text} lang={shown.lang === 'zh' ? 'zh-CN' : 'en'}>
                      {shown.text.trim()}
                    </pre>
                    {insertOne.available && (
                      <div>
                        <Button size="small" disabled={insertOne.busy} onClick={() => void insertOne.insert(c.id, v.id)}>
                          {t('ui.library.insert')}
                        </Button>
                      </div>
                    )}
                  </article>
                );
              })}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
