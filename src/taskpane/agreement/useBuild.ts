import { useCallback, useEffect, useMemo, useState } from 'react';
import { presetAnswers, type Answers } from '../../core/agreement';
import { loadLocale } from '../../core/i18n';
import { build } from './built';
import { roleForSide, type ScenarioId } from '../../core/scenarios';
import type { InsertWhere } from '../../host/types';
import { useLibrary } from '../shared/LibraryContext';
import { useSession } from '../shared/SessionContext';
import { useUi } from '../shared/UiContext';
import { readStored, writeStored } from '../shared/storage';
import { outcome, type ActionMessage } from '../shared/ActionMessage';
import { BUILD_SCENARIO_KEY, draftKey, parseDraft, setAt } from './draft';
import { freshAnswers, withoutExamples } from './examples';
import { keepTypedParties, partiesFor } from './documentParties';
import { saveFile } from '../shared/saveFile';
import { disclosureFirstAnswers, EMPTY_READINESS, gate, withDealFacts, type DealFacts, type Signed } from '../../core/prepare';
import { currentDealFacts, recordSigned } from '../prepare/deals';

/** The Build view's state: the scenario, the answers (kept as a draft per scenario), the plan and the terms. */
export function useBuild() {
  const { library } = useLibrary();
  const { host } = useSession();
  const { settings } = useUi();
  const [scenario, setScenario] = useState<ScenarioId | null>(() => readStored(BUILD_SCENARIO_KEY, (v) => (typeof v === 'string' ? (v as ScenarioId) : null)));
  const [answers, setAnswers] = useState<Answers | null>(null);
  // The scenario's example deal: its words are placeholders only (see examples.ts).
  const [preset, setPreset] = useState<Answers | null>(null);
  const [fromDocument, setFromDocument] = useState(false);
  // The open document's key: parties the user types are kept for it, not for every document.
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  // The deal open in Prepare: what went out before signing, what is signed, and the disclosure record.
  const [facts, setFacts] = useState<DealFacts & { name?: string }>(() => currentDealFacts() ?? { readiness: { ...EMPTY_READINESS }, disclosures: [] });

  // A scenario's draft: what the user typed before, else the preset; the parties are the open document's.
  useEffect(() => {
    if (!library || !scenario) return;
    let example: Answers;
    try {
      example = presetAnswers(library, scenario);
    } catch {
      setPreset(null);
      return void setAnswers(null);
    }
    setPreset(example);
    const stored = readStored(draftKey(scenario), parseDraft(scenario));
    let start = stored ? withoutExamples(stored, example) : freshAnswers(example);
    if (!stored && settings.companyName) start = setAt(start, 'parties.us.name', settings.companyName);
    if (!stored && settings.usualSide) start = { ...start, ourRole: roleForSide(scenario, settings.usualSide) };
    setAnswers(start);
    setFromDocument(false);
    setDocumentId(null);
    let live = true;
    void host.readDocument().then((read) => {
      if (!live || !read.ok || read.value.paragraphs.length === 0) return;
      const found = partiesFor(start, read.value, settings.companyName);
      setDocumentId(found.document);
      // Only the parties: what the user typed meanwhile elsewhere stays.
      setAnswers((a) => (a ? { ...a, parties: found.answers.parties } : a));
      setFromDocument(found.fromDocument);
    });
    return () => {
      live = false;
    };
  }, [library, scenario, host, settings.companyName, settings.usualSide]);

  const choose = useCallback((next: ScenarioId) => {
    setScenario(next);
    setOverrides({});
    setMessage(null);
    writeStored(BUILD_SCENARIO_KEY, next);
  }, []);

  const answer = useCallback((path: string, value: unknown) => {
    setAnswers((a) => {
      if (!a) return a;
      const next = setAt(a, path, value);
      // Storage full (a large organisation library, other sites' data): said, not swallowed.
      let kept = writeStored(draftKey(a.scenario), next);
      if (documentId && path.startsWith('parties.')) kept = keepTypedParties(documentId, next.parties) && kept;
      if (!kept) setMessage({ intent: 'warning', key: 'ui.build.notSaved' });
      return next;
    });
  }, [documentId]);

  const reset = useCallback(() => {
    if (!scenario) return;
    writeStored(draftKey(scenario), undefined);
    if (documentId) keepTypedParties(documentId, undefined);
    setScenario(null);
    setAnswers(null);
    setTimeout(() => setScenario(scenario), 0);
  }, [scenario, documentId]);

  // A Chinese or bilingual agreement's blanks are worded in Chinese, whose messages a page in English
  // fetches first: the terms are built once they are here, so no English blank is ever in them.
  const chinese = (answers?.language ?? 'en') !== 'en';
  const [chineseLoaded, setChineseLoaded] = useState(false);
  useEffect(() => {
    if (!chinese) return;
    let live = true;
    loadLocale('zh-CN').then(
      () => live && setChineseLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [chinese]);
  const built = useMemo(
    () => (library && answers && (!chinese || chineseLoaded) ? build(library, withDealFacts(answers, facts), overrides) : null),
    [library, answers, overrides, facts, chinese, chineseLoaded],
  );

  // The NDA gate: sample testing, joint development and exclusivity wait on a signed NDA or these terms.
  const gated = useMemo(() => (scenario ? gate(scenario, facts.readiness) : null), [scenario, facts]);
  const answerGate = useCallback((signed: Signed) => {
    const kept = recordSigned(signed);
    setFacts((f) => kept ?? { ...f, readiness: { ...f.readiness, signed } });
    if (!kept) setMessage({ intent: 'warning', key: 'ui.build.notSaved' });
  }, []);
  /** Opens the pre-deal disclosure terms the gate recommends, carrying this deal's parties and facts. */
  const disclosureFirst = useCallback(() => {
    if (!library || !answers) return;
    const next = disclosureFirstAnswers(library, answers, facts);
    writeStored(draftKey('pre-deal-disclosure'), { ...next, priorDisclosure: undefined, disclosures: undefined });
    choose('pre-deal-disclosure');
  }, [library, answers, facts, choose]);

  const insert = useCallback(
    async (where: InsertWhere) => {
      if (!built?.ok) return;
      setBusy(true);
      setMessage(null);
      try {
        // A bilingual agreement goes into Word paragraph by paragraph; the download has two columns.
        const result = await host.insertClauses(built.terms, where, built.zh);
        setMessage(outcome(result, (v) => ({ intent: 'success', key: 'ui.build.inserted', params: { count: v.clauses } })));
      } finally {
        setBusy(false);
      }
    },
    [built, host],
  );

  const download = useCallback(async () => {
    if (!built?.ok) return;
    setBusy(true);
    setMessage(null);
    try {
      const { writeBilingualDocx, writeTermsDocx } = await import(/* webpackChunkName: "docx-writer" */ '../../io');
      const bytes = built.zh ? await writeBilingualDocx(built.terms, built.zh) : await writeTermsDocx(built.terms);
      saveFile(bytes, `${built.terms.title} - ${built.terms.parties.A.shortName} ${built.terms.parties.B.shortName}.docx`);
      setMessage({ intent: 'success', key: 'ui.build.downloaded' });
    } catch {
      setMessage({ intent: 'error', key: 'ui.build.downloadFailed' });
    } finally {
      setBusy(false);
    }
  }, [built, host]);

  // When the browser cannot keep the answers, they can still be kept as a questionnaire file, which
  // the command line builds from (`clausewright build --scenario answers.json`).
  const exportAnswers = useCallback(() => {
    if (!answers) return;
    saveFile(new TextEncoder().encode(`${JSON.stringify(answers, null, 2)}\n`), `clausewright-answers-${answers.scenario}.json`, 'application/json');
  }, [answers]);

  return { library, scenario, choose, answers, preset, answer, reset, fromDocument, built, overrides, setOverrides, insert, download, exportAnswers, busy, message, gated, answerGate, disclosureFirst, facts };
}
