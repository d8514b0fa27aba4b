import { z } from 'zod';
import { checksSchema, disclosureItemSchema, EMPTY_READINESS, readinessSchema, type Checks, type DealFacts, type DisclosureItem, type Readiness } from '../../core/prepare';
import { readStored, writeStored } from '../shared/storage';

/** One deal as the Prepare view keeps it: readiness answers, the disclosure record and the partner checks. */
export interface Deal {
  name: string;
  counterparty: string;
  readiness: Readiness;
  disclosures: DisclosureItem[];
  checks: Checks;
}

export interface DealEntry {
  id: string;
  name: string;
}

const LIST_KEY = 'clausewright.prepare.deals';
const CURRENT_KEY = 'clausewright.prepare.current';
const dealKey = (id: string) => `clausewright.prepare.deal.${id}`;

export const emptyDeal = (name = ''): Deal => ({ name, counterparty: '', readiness: { ...EMPTY_READINESS }, disclosures: [], checks: {} });

/** What another version or a hand edit left in storage: each part read on its own, bad parts dropped. */
const dealSchema = z.object({
  name: z.string().max(200).catch(''),
  counterparty: z.string().max(200).catch(''),
  readiness: readinessSchema.catch({ ...EMPTY_READINESS }),
  disclosures: z
    .array(z.unknown())
    .catch([])
    .transform((items) => items.flatMap((d) => {
      const r = disclosureItemSchema.safeParse(d);
      return r.success ? [r.data] : [];
    })),
  checks: checksSchema.catch({}),
});

const parseDeal = (raw: unknown): Deal | null => {
  const r = dealSchema.safeParse(raw);
  return r.success ? r.data : null;
};

const parseList = (raw: unknown): DealEntry[] | null =>
  Array.isArray(raw) ? raw.filter((e): e is DealEntry => !!e && typeof e.id === 'string' && /^[a-z0-9-]{1,40}$/.test(e.id) && typeof e.name === 'string') : null;

export function storedDeals(): DealEntry[] {
  return readStored(LIST_KEY, parseList) ?? [];
}

export function currentDealId(): string | null {
  return readStored(CURRENT_KEY, (v) => (typeof v === 'string' ? v : null));
}

export function storedDeal(id: string): Deal | null {
  return readStored(dealKey(id), parseDeal);
}

/** Whether the browser kept it; false when storage is full or refused (the view says so). */
export function keepDeal(id: string, deal: Deal, list: DealEntry[]): boolean {
  const entries = list.some((e) => e.id === id) ? list.map((e) => (e.id === id ? { id, name: deal.name } : e)) : [...list, { id, name: deal.name }];
  const kept = writeStored(dealKey(id), deal);
  return writeStored(LIST_KEY, entries) && writeStored(CURRENT_KEY, id) && kept;
}

export function newDealId(): string {
  return `d${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** The facts of the deal open in Prepare, for Build: what went out, what is signed, the record. */
export function currentDealFacts(): (DealFacts & { id: string; name: string }) | null {
  const id = currentDealId();
  const deal = id ? storedDeal(id) : null;
  return id && deal ? { id, name: deal.name || deal.counterparty, readiness: deal.readiness, disclosures: deal.disclosures } : null;
}

/** Build's gate asks what is signed; the answer goes into the deal open in Prepare (a new one if none). */
export function recordSigned(signed: Readiness['signed']): (DealFacts & { id: string; name: string }) | null {
  const id = currentDealId() ?? newDealId();
  const deal = storedDeal(id) ?? emptyDeal();
  const next = { ...deal, readiness: { ...deal.readiness, signed } };
  return keepDeal(id, next, storedDeals()) ? { id, name: next.name || next.counterparty, readiness: next.readiness, disclosures: next.disclosures } : null;
}
