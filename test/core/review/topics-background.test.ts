import { detectTopics, fromText, review, segment } from '../../../src/core/review';
import type { RoleId } from '../../../src/core/scenarios';
import { library, playbooks } from '../../support/review-as-side';

const backgroundIp = (text: string) => detectTopics(segment(fromText(text)).sentences)['background-ip'].present;

describe('background IP named by when it was had', () => {
  it.each([
    'Each Party retains the intellectual property it owned before the date of this Agreement.',
    'Each party shall retain all intellectual property owned or controlled by it prior to the Effective Date.',
    'Each Party retains ownership of all patents, know-how and other intellectual property existing as of the Effective Date.',
    'Intellectual property existing as of the date of this Agreement shall remain with the Party that owns it.',
    'Each Party shall retain ownership of the intellectual property rights it held before entering into this Agreement.',
    'All patents and copyrights (the "IP Rights") owned by a Party prior to this Agreement, or made by it outside the Project, remain in the sole ownership of that Party.',
    '各方保留其在本协议签订之前拥有的知识产权。',
    '双方在本协议生效日之前各自拥有或控制的知识产权，仍归各自所有。',
    '在本协议生效日已存在的知识产权归原权利人所有。',
  ])('reads it as background IP kept by its owner: %s', (text) => {
    expect(backgroundIp(text)).toBe(true);
  });

  it.each([
    // The time alone, in a warranty, allocates nothing.
    'The Licensor warrants that the patents existing as of the Effective Date are valid and enforceable.',
    'Licensor represents that it owned the Licensed Patents before the date of this Agreement.',
    'The Seller warrants that the patents it owned prior to this Agreement are free of any lien.',
    // Data is not intellectual property kept by its owner.
    'The Customer retains the data it owned before the date of this Agreement.',
    'The Supplier shall keep records of all technology made before the Effective Date available for inspection.',
    '甲方保证其在本协议签订前拥有的专利合法有效。',
  ])('does not read a warranty or a record as background IP: %s', (text) => {
    expect(backgroundIp(text)).toBe(false);
  });
});

describe('the review does not call background IP missing when the draft keeps it by date', () => {
  const draft = (ownership: string) =>
    [
      'JOINT DEVELOPMENT AGREEMENT',
      'This Agreement is made between Halden Cells GmbH ("Halden") and Suzhou Lianke Energy Co., Ltd. ("Lianke").',
      'The parties shall jointly develop a solid-state cell module under the Development Plan.',
      ownership,
      'All inventions made in performing the Development Plan shall be owned by the Party whose employees made them.',
    ].join('\n');
  const missingBackground = (text: string, role: RoleId) =>
    review(fromText(text), { scenario: 'joint-development', role, library, playbooks }).findings.some((f) => f.rule === 'missing' && f.topic === 'background-ip');

  it.each(['technology-owner', 'co-developer'] as const)('as %s: kept by date is there, silence is missing', (role) => {
    expect(missingBackground(draft('Each Party retains the intellectual property it owned before the date of this Agreement.'), role)).toBe(false);
    expect(missingBackground(draft('Each Party shall bear its own costs of the development work.'), role)).toBe(true);
  });
});
