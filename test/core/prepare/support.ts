import type { DisclosureItem } from '../../../src/core/prepare';

/** Two items as a battery maker would record them: a drawing set sent by email and a sample batch. */
export const DRAWINGS: DisclosureItem = {
  item: 'LFP module housing drawings rev C.pdf',
  kind: 'file',
  classification: 'confidential',
  purpose: 'fit check of the module housing in the integrator\'s racks',
  recipient: 'Jens Holm, head of engineering, Sorensen Marine Power A/S',
  approver: 'Li Wei, chief engineer',
  date: '2026-11-02',
  sha256: '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea',
  bytes: 482113,
};

export const CELLS: DisclosureItem = {
  item: 'Batch LFP-280-2610, 12 prismatic cells, serial numbers 2610-001 to 2610-012',
  kind: 'sample-batch',
  classification: 'restricted',
  purpose: 'bench cycling tests at the integrator\'s laboratory',
  recipient: 'Sorensen Marine Power A/S test laboratory, Esbjerg',
  approver: 'Li Wei, chief engineer',
  date: '2026-10-20',
};
