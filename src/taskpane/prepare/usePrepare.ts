import { useCallback, useState } from 'react';
import { diligenceMemo, disclosureItemSchema, disclosureRecordCsv, disclosureRecordDoc, type Check, type DisclosureItem, type Readiness } from '../../core/prepare';
import { describeAnswerIssue } from '../../core/agreement';
import { issueMessage } from '../../core/library/zod-issues';
import type { SimpleDoc } from '../../core/prepare';
import { useLibrary } from '../shared/LibraryContext';
import { useSession } from '../shared/SessionContext';
import { useUi } from '../shared/UiContext';
import { saveFile } from '../shared/saveFile';
import type { ActionMessage } from '../shared/ActionMessage';
import { currentDealId, emptyDeal, keepDeal, newDealId, storedDeal, storedDeals, type Deal, type DealEntry } from './deals';
import { FileTooLarge, sha256Hex } from './fingerprint';

/** What the user fills once for the items about to be added to the record. */
export type ItemCommon = Pick<DisclosureItem, 'classification' | 'purpose' | 'recipient' | 'approver' | 'date'>;

/** Today on the user's calendar, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const fileName = (deal: Deal, what: string, ext: string) => `${what} - ${deal.name || deal.counterparty || 'deal'}.${ext}`;

/** The Prepare view's state: the deal open, kept per deal in the browser, and its exports. */
export function usePrepare() {
  const { library } = useLibrary();
  const { locale } = useUi();
  const { host } = useSession();
  const [list, setList] = useState<DealEntry[]>(storedDeals);
  const [id, setId] = useState<string>(() => currentDealId() ?? list[0]?.id ?? newDealId());
  const [deal, setDeal] = useState<Deal>(() => storedDeal(id) ?? emptyDeal());
  const [notSaved, setNotSaved] = useState(false);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const save = useCallback(
    (next: Deal, dealId = id) => {
      setDeal(next);
      const kept = keepDeal(dealId, next, list);
      setList((l) => (l.some((e) => e.id === dealId) ? l.map((e) => (e.id === dealId ? { id: dealId, name: next.name } : e)) : [...l, { id: dealId, name: next.name }]));
      // Storage full or refused: said, with an export offered, never swallowed.
      setNotSaved(!kept);
    },
    [id, list],
  );

  const switchTo = useCallback((next: string) => {
    setId(next);
    setDeal(storedDeal(next) ?? emptyDeal());
    setMessage(null);
  }, []);

  const newDeal = useCallback(() => {
    const fresh = newDealId();
    setId(fresh);
    save(emptyDeal(), fresh);
    setMessage(null);
  }, [save]);

  const setFacts = (patch: Partial<Pick<Deal, 'name' | 'counterparty'>>) => save({ ...deal, ...patch });
  const setReadiness = (patch: Partial<Readiness>) => save({ ...deal, readiness: { ...deal.readiness, ...patch } });
  const setCheck = (itemId: string, patch: Partial<Check>) => {
    const current: Check = deal.checks[itemId] ?? { status: 'not-checked', notes: '' };
    save({ ...deal, checks: { ...deal.checks, [itemId]: { ...current, ...patch } } });
  };

  /** Items checked against the record's schema; the first problem is said in the user's language. */
  const add = (items: unknown[]): boolean => {
    const valid: DisclosureItem[] = [];
    for (const raw of items) {
      const r = disclosureItemSchema.safeParse(raw);
      if (!r.success) {
        const first = r.error.issues[0];
        if (first) setMessage({ intent: 'error', key: 'ui.prepare.record.invalid', params: { detail: describeAnswerIssue({ field: '', ...issueMessage(first) }, locale) } });
        return false;
      }
      valid.push(r.data);
    }
    save({ ...deal, disclosures: [...deal.disclosures, ...valid] });
    setMessage({ intent: 'success', key: 'ui.prepare.record.added', params: { count: valid.length } });
    return true;
  };

  const addFiles = async (files: readonly File[], common: ItemCommon): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      const items = [];
      for (const file of files) items.push({ ...common, item: file.name, kind: 'file', sha256: await sha256Hex(file), bytes: file.size });
      return add(items);
    } catch (err) {
      setMessage({ intent: 'error', key: err instanceof FileTooLarge ? 'ui.prepare.record.tooLarge' : 'ui.prepare.record.unreadable' });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const addBatch = (name: string, common: ItemCommon) => add([{ ...common, item: name, kind: 'sample-batch' }]);
  const removeItem = (index: number) => save({ ...deal, disclosures: deal.disclosures.filter((_, i) => i !== index) });

  const writeDocx = async (doc: SimpleDoc, name: string) => {
    setBusy(true);
    try {
      const { writeSimpleDocx } = await import(/* webpackChunkName: "docx-writer" */ '../../io');
      const bytes = await writeSimpleDocx(doc);
      // In Word it opens as a new document (downloads do nothing in Word for Mac and iPad); elsewhere it downloads.
      if (host.capabilities().openDocument) {
        const opened = await host.openDocument(bytes);
        setMessage(opened.ok ? { intent: 'success', key: 'ui.prepare.opened' } : { intent: 'error', key: 'ui.prepare.exportFailed' });
        return;
      }
      saveFile(bytes, name);
      setMessage({ intent: 'success', key: 'ui.prepare.exported' });
    } catch {
      setMessage({ intent: 'error', key: 'ui.prepare.exportFailed' });
    } finally {
      setBusy(false);
    }
  };

  const dealName = deal.name || deal.counterparty;
  const exportRecordDocx = () => writeDocx(disclosureRecordDoc(deal.disclosures, dealName, today(), locale), fileName(deal, 'Disclosure record', 'docx'));
  const exportRecordCsv = () => {
    saveFile(new TextEncoder().encode(disclosureRecordCsv(deal.disclosures, locale)), fileName(deal, 'Disclosure record', 'csv'), 'text/csv;charset=utf-8');
    setMessage({ intent: 'success', key: 'ui.prepare.exported' });
  };
  const exportMemo = () =>
    writeDocx(diligenceMemo(library?.diligence ?? [], deal.checks, { counterparty: deal.counterparty, deal: dealName, today: today() }, locale), fileName(deal, 'Due diligence', 'docx'));
  /** When the browser cannot keep the deal, it can still be kept as a file. */
  const exportDeal = () => saveFile(new TextEncoder().encode(`${JSON.stringify(deal, null, 2)}\n`), fileName(deal, 'Clausewright deal', 'json'), 'application/json');

  return { library, list, id, deal, switchTo, newDeal, setFacts, setReadiness, setCheck, addFiles, addBatch, removeItem, exportRecordDocx, exportRecordCsv, exportMemo, exportDeal, notSaved, message, busy };
}

export type PrepareState = ReturnType<typeof usePrepare>;
