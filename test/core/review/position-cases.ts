// Contract language for the playbook positions test: for each one-sided rule a position names, a
// sentence that works against one side ("fires") and a near miss in the same words that does not.
// {A} and {B} stand for the scenario's role labels: A shares its technology, samples or
// information, B receives, tests, licenses or distributes it.
import type { ScenarioId } from '../../../src/core/scenarios';

/** Each deal's opening, naming the parties by the role labels contracts use for its sides. */
export const LABELS: Record<ScenarioId, { A: string; B: string; title: string }> = {
  'sample-testing': { A: 'Provider', B: 'Evaluator', title: 'Evaluation Agreement' },
  'joint-development': { A: 'Technology Owner', B: 'Co-Developer', title: 'Joint Development Agreement' },
  'exclusive-partnership': { A: 'Supplier', B: 'Distributor', title: 'Distribution Agreement' },
  'technology-license': { A: 'Licensor', B: 'Licensee', title: 'Licence Agreement' },
  'custom-development': { A: 'Developer', B: 'Customer', title: 'Development Agreement' },
  'pre-deal-disclosure': { A: 'Disclosing Party', B: 'Receiving Party', title: 'Non-Disclosure Agreement' },
};

export function opening(scenario: ScenarioId): string {
  const { A, B, title } = LABELS[scenario];
  return `This ${title} is made between Hexi Energy Co., Ltd., a company incorporated in the People's Republic of China (the "${A}"), and Nordlicht Systeme GmbH, a company organised under the laws of Germany (the "${B}").`;
}

export interface PositionCase {
  /** The side the firing sentence works against. */
  against: 'A' | 'B';
  fires: string;
  nearMiss: string;
}

export const POSITION_CASES: Record<string, PositionCase> = {
  'one-sided.residuals': {
    against: 'A',
    fires: 'The {B} may use for any purpose the Residuals, meaning information retained in the unaided memory of its employees who had access to the Confidential Information.',
    nearMiss: 'No right to use residuals is granted, and the {B} shall not use any information retained in the unaided memory of its employees.',
  },
  'one-sided.short-confidentiality': {
    against: 'A',
    fires: 'The {B} shall hold the Confidential Information in confidence and shall not disclose it to any third party. These obligations of confidentiality and non-use shall remain in effect for two (2) years after the date of disclosure.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence and shall not disclose it to any third party. These obligations of confidentiality and non-use shall remain in effect for ten (10) years after the date of disclosure.',
  },
  'one-sided.marked-only': {
    against: 'A',
    fires: 'The {B} shall hold the Confidential Information in confidence. "Confidential Information" means information disclosed by the {A} that is marked "Confidential" or, if disclosed orally, identified as confidential at the time of disclosure and confirmed in writing within 30 days.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. "Confidential Information" means information disclosed by the {A}, whether or not marked, that a reasonable person would understand to be confidential.',
  },
  'one-sided.no-independent-development': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence and shall not disclose it to any third party. These obligations do not apply to information that (a) is or becomes publicly available through no fault of the {B}, (b) was already in the {B}\'s possession before disclosure, or (c) is lawfully obtained from a third party without restriction.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence and shall not disclose it to any third party. These obligations do not apply to information that (a) is or becomes publicly available through no fault of the {B}, (b) was already in the {B}\'s possession before disclosure, (c) is lawfully obtained from a third party without restriction, or (d) is independently developed by the {B} without use of the Confidential Information.',
  },
  'one-sided.free-feedback': {
    against: 'B',
    fires: 'The {B} hereby grants to the {A} a perpetual, irrevocable, worldwide, royalty-free licence to use and exploit any feedback the {B} provides.',
    nearMiss: 'The {B} grants the {A} a royalty-free licence to use feedback only to correct and improve the {A}\'s product that is its subject.',
  },
  'one-sided.licence-end': {
    against: 'B',
    fires: 'The {A} may terminate the licence at any time for convenience on 30 days notice.',
    nearMiss: 'The {A} may terminate the licence if the {B} commits a material breach and does not cure it within 60 days after notice.',
  },
  'one-sided.exclusivity-worldwide': {
    against: 'A',
    fires: 'The {A} appoints the {B} as its exclusive distributor of the Products throughout the world.',
    nearMiss: 'The {A} appoints the {B} as its exclusive distributor of the Products in Chile and Peru.',
  },
  'one-sided.retention': {
    against: 'A',
    fires: 'After the end of this Agreement the {B} may retain the samples, materials and test data for its own use.',
    nearMiss: 'Within 30 days after the end of this Agreement the {B} shall return the samples and materials to the {A} and shall delete the test data.',
  },
  'one-sided.publication': {
    against: 'A',
    fires: 'The {B} may publish the results of the testing in scientific journals.',
    nearMiss: 'The {B} may publish the results of the testing in scientific journals only with the prior written consent of the {A}.',
  },
  'one-sided.perpetual-license': {
    against: 'A',
    fires: 'The {A} grants the {B} a perpetual, irrevocable licence to use the technology of the {A}.',
    nearMiss: 'The {A} grants the {B} a licence to use the technology of the {A} during the term of this Agreement and only for the Purpose.',
  },
  'one-sided.licence-back': {
    against: 'B',
    fires: 'The {B} hereby grants to the {A} a non-exclusive, royalty-free, perpetual licence under any improvements to the Licensed Technology made by the {B}.',
    nearMiss: 'The {B} hereby grants to the {A} a non-exclusive licence under any improvements to the Licensed Technology made by the {B}, at a reasonable royalty to be paid by the {A}.',
  },
  'one-sided.sales-outside': {
    against: 'A',
    fires: 'The {A} appoints the {B} as its exclusive distributor of the Products in the Territory. The {B} may also sell the Products to customers located outside the Territory.',
    nearMiss: 'The {A} appoints the {B} as its exclusive distributor of the Products in the Territory. The {B} may not actively market or sell the Products outside the Territory.',
  },
  'one-sided.exclusivity': {
    against: 'A',
    fires: 'The {A} shall not sell the products to any other distributor.',
    nearMiss: 'The {A} may sell the products to any other distributor.',
  },
  'one-sided.no-implied-license': {
    against: 'B',
    fires: 'Nothing in this Agreement grants the {B} any licence under the intellectual property of the {A}.',
    nearMiss: 'Nothing in this Agreement grants either party any licence under the intellectual property of the other party.',
  },
};

/** A case's text for a deal: the opening, then the sentence with the deal's role labels. */
export function caseText(scenario: ScenarioId, sentence: string): string {
  const { A, B } = LABELS[scenario];
  return `${opening(scenario)}\n${sentence.replaceAll('{A}', A).replaceAll('{B}', B)}`;
}
