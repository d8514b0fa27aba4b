import { z } from 'zod';
import { t, type Locale, type MessageKey, type MessageParams } from '../i18n';
import type { DiligenceItem } from '../library';
import type { Block, SimpleDoc } from './document';
import { isoDate } from './record';

/** Where a check stands: not done, done with nothing found, or done with something to weigh. */
export const CHECK_STATUSES = ['not-checked', 'clear', 'concern'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const checkSchema = z.object({
  status: z.enum(CHECK_STATUSES).catch('not-checked'),
  /** The day the check was made, YYYY-MM-DD. */
  date: isoDate('build.q.disclosure.date').optional().catch(undefined),
  notes: z.string().max(8000).catch(''),
});

export type Check = z.infer<typeof checkSchema>;

/** The checks of one deal, by checklist item id. */
export const checksSchema = z.record(z.string(), checkSchema);
export type Checks = z.infer<typeof checksSchema>;

export interface MemoFacts {
  /** The other side's name, as the user gave it. */
  counterparty: string;
  deal: string;
  /** YYYY-MM-DD, the day the memo is made. */
  today: string;
}

/**
 * The due-diligence memo: what was checked, when and with what notes, then what was not checked
 * and where to look for it. It says plainly that the tool searched nothing itself.
 */
export function diligenceMemo(items: readonly DiligenceItem[], checks: Checks, facts: MemoFacts, locale: Locale): SimpleDoc {
  const m = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const done = items.filter((i) => (checks[i.id]?.status ?? 'not-checked') !== 'not-checked');
  const open = items.filter((i) => !done.includes(i));
  const blocks: Block[] = [
    { kind: 'paragraph', text: m('prepare.memo.facts', { counterparty: facts.counterparty || m('prepare.memo.unnamed'), deal: facts.deal, today: facts.today }) },
    { kind: 'paragraph', text: m('prepare.memo.scope'), italic: true },
    { kind: 'heading', level: 1, text: m('prepare.memo.checked', { count: done.length, total: items.length }) },
  ];
  if (done.length === 0) blocks.push({ kind: 'paragraph', text: m('prepare.memo.noneChecked') });
  for (const item of done) {
    const check = checks[item.id] as Check;
    blocks.push(
      { kind: 'heading', level: 2, text: m(check.status === 'concern' ? 'prepare.memo.concern' : 'prepare.memo.clear', { title: item.title[lang] }) },
      { kind: 'paragraph', text: check.date ? m('prepare.memo.date', { date: check.date }) : m('prepare.memo.noDate') },
      { kind: 'paragraph', text: check.notes.trim() ? m('prepare.memo.notes', { notes: check.notes.trim() }) : m('prepare.memo.noNotes') },
    );
  }
  blocks.push({ kind: 'heading', level: 1, text: m('prepare.memo.notChecked', { count: open.length }) });
  if (open.length === 0) blocks.push({ kind: 'paragraph', text: m('prepare.memo.allChecked') });
  for (const item of open)
    blocks.push(
      { kind: 'heading', level: 2, text: m('prepare.memo.open', { title: item.title[lang] }) },
      { kind: 'paragraph', text: item.question[lang] },
      { kind: 'paragraph', text: m('prepare.memo.whereToLook') },
      { kind: 'bullets', items: item.look[lang] },
    );
  return { title: m('prepare.memo.title', { counterparty: facts.counterparty || m('prepare.memo.unnamed') }), blocks };
}
