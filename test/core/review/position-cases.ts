// Contract language for the playbook positions test: for each one-sided rule a position names, a
// sentence that works against one side ("fires") and a near miss in the same words that does not.
// {A} and {B} stand for the scenario's role labels: A shares its technology, samples or
// information, B receives, tests, licenses or distributes it.
import type { ScenarioId } from '../../../src/core/scenarios';
import { LICENSEE_CASES } from './position-cases-licensee';

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
    fires: 'The {B} shall hold the Confidential Information, including the technical data the {A} discloses, in confidence and shall not disclose it to any third party. These obligations do not apply to information that (a) is or becomes publicly available through no fault of the {B}, (b) was already in the {B}\'s possession before disclosure, or (c) is lawfully obtained from a third party without restriction.',
    nearMiss: 'The {B} shall hold the Confidential Information, including the technical data the {A} discloses, in confidence and shall not disclose it to any third party. These obligations do not apply to information that (a) is or becomes publicly available through no fault of the {B}, (b) was already in the {B}\'s possession before disclosure, (c) is lawfully obtained from a third party without restriction, or (d) is independently developed by the {B} without use of the Confidential Information.',
  },
  'one-sided.no-compelled-disclosure': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence and shall not disclose it to any third party. These obligations do not apply to information that (a) is or becomes publicly available through no fault of the {B}, or (b) was already in the {B}\'s possession before disclosure.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence and shall not disclose it to any third party. These obligations do not apply to information that (a) is or becomes publicly available through no fault of the {B}, (b) was already in the {B}\'s possession before disclosure, or (c) the {B} is required to disclose by law or by order of a court.',
  },
  'one-sided.leak-damages-excluded': {
    against: 'A',
    fires: 'The {B} shall hold the Confidential Information in confidence. In no event shall either party be liable to the other for any indirect, special or consequential damages arising out of this Agreement.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. In no event shall either party be liable to the other for any indirect, special or consequential damages arising out of this Agreement, except for damages arising from a breach of its confidentiality obligations.',
  },
  'one-sided.accuracy-warranty': {
    against: 'A',
    fires: 'The {B} shall hold the Confidential Information in confidence. The {A} represents, warrants and covenants that all information furnished by it is true, complete, correct and accurate.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. The {A} makes no representation or warranty that any information furnished by it is true, complete, correct or accurate.',
  },
  'one-sided.leak-liability-fault': {
    against: 'A',
    fires: "The {B} shall hold the Confidential Information in confidence. A party's liability for breach of this Agreement shall be limited to the dollar amount of any direct damages caused by gross negligence, intentional or deliberate misconduct of such party or of its representatives.",
    nearMiss: "The {B} shall hold the Confidential Information in confidence. A party's liability for breach of this Agreement shall be limited to the dollar amount of any direct damages caused by such party or by its representatives.",
  },
  'one-sided.loose-independent-development': {
    against: 'A',
    fires: 'The {B} shall hold the Confidential Information in confidence. The term "Confidential Information" does not include information which (i) is or becomes generally available to the public other than as a result of a disclosure by the {B}, or (ii) is independently developed by the {B}.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. The term "Confidential Information" does not include information which (i) is or becomes generally available to the public other than as a result of a disclosure by the {B}, or (ii) is independently developed by the {B} without use of or reference to the Confidential Information.',
  },
  'one-sided.recipient-indemnity': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence. The {B} shall indemnify and hold the {A} harmless from any damages, losses, costs or liabilities arising out of any unauthorized use or disclosure of the Confidential Information or other breach of this Agreement by the {B} or its Representatives.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. The {B} shall indemnify and hold the {A} harmless from any damages, losses, costs or liabilities arising out of any unauthorized disclosure of the Confidential Information caused by the gross negligence or wilful misconduct of the {B}, up to a maximum amount of USD 100,000.',
  },
  'one-sided.derived-ip': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence. All Confidential Information, and any Derivative of it, whether created by the {A} or the {B}, remains the property of the {A}.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. All Confidential Information, including all copies and modifications of it, remains the property of the {A}.',
  },
  'one-sided.export-bars-china': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence. The {B} shall not transmit the technical data received pursuant hereto, or the direct product of it, to the People\'s Republic of China without prior authorization from the U.S. Department of Commerce.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. Each party shall comply with the export control laws of the United States and the People\'s Republic of China that apply to the technical data it sends.',
  },
  'one-sided.development-proof': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence. This obligation does not apply to information which is generally known to the public, or which the {B} develops independently of the disclosure as indicated by files existing at the time of initial disclosure.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. This obligation does not apply to information which is generally known to the public, or which the {B} develops independently of the disclosure as shown by its written records.',
  },
  'one-sided.exhaust-remedies': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence. The {B} shall not disclose any Confidential Information in response to a subpoena or court order until it has exhausted any and all legal remedies available to it to limit or prevent the disclosure.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. If served with a subpoena or court order, the {B} shall give the {A} prompt notice and cooperate, at the {A}\'s expense, with its efforts to obtain a protective order.',
  },
  'one-sided.compete-while-engaged': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence. Until the later of (a) the date on which the {B} is no longer engaged by the {A} and (b) two years after the Effective Date, the {B} shall not engage in any business that competes with the {A}.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. Until two years after the Effective Date, the {B} shall not engage in any business that competes with the {A}.',
  },
  'one-sided.free-to-market': {
    against: 'A',
    fires: 'The {B} shall hold the Confidential Information in confidence. Nothing in this Agreement limits either party\'s rights under patent law, or prevents the {B} from selling any product, except where that sale would itself reveal Confidential Information.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. Nothing in this Agreement shall preclude the {B} from marketing any product it develops without use of the Confidential Information.',
  },
  'one-sided.material-only': {
    against: 'A',
    fires: 'The {B} shall hold all Material Non-Public Information of the {A} in strict confidence.',
    nearMiss: 'The {B} shall hold all Evaluation Material of the {A} in strict confidence.',
  },
  'one-sided.return-designated-only': {
    against: 'A',
    fires: 'The {B} shall hold the Confidential Information in confidence. All drawings and documents furnished by the {A} which are designated in writing to be the property of the {A} shall be returned to the {A} promptly at its request.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence. All drawings, documents and other Confidential Information furnished by the {A}, and all copies of them, shall be returned to the {A} promptly at its request.',
  },
  'one-sided.free-feedback': {
    against: 'B',
    fires: 'The {B} hereby grants to the {A} a perpetual, irrevocable, worldwide, royalty-free licence to use and exploit any feedback the {B} provides.',
    nearMiss: 'The {B} grants the {A} a royalty-free licence to use feedback only to correct and improve the {A}\'s product that is its subject.',
  },
  'one-sided.sanctions-exit': {
    against: 'B',
    fires: 'The {A} may terminate this Agreement immediately without notice or liability to comply, as determined in the {A}\'s sole discretion, with applicable export control and sanctions laws.',
    nearMiss: 'The {A} may terminate this Agreement on thirty (30) days\' written notice if applicable export control or sanctions laws prohibit its performance, and shall refund any fees paid in advance.',
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
  'one-sided.results-licence-back': {
    against: 'B',
    fires: 'The {B} grants to the {A} a perpetual, royalty-free, sublicensable licence to use and reproduce the results the {B} obtains from the evaluation.',
    nearMiss: 'The {B} grants to the {A} a royalty-free licence to use the samples the {B} returns to it at the end of the evaluation.',
  },
  'one-sided.cure-reversed': {
    against: 'B',
    fires: 'If the {B} fails to pay any fee and the failure is cured within thirty (30) days after written notice, the {A} may terminate the licence.',
    nearMiss: 'If the {B} fails to pay any fee and the failure is not cured within thirty (30) days after written notice, the {A} may terminate the licence.',
  },
  'one-sided.sales-outside': {
    against: 'A',
    fires: 'The {A} appoints the {B} as its exclusive distributor of the Products in the Territory. The {B} may also sell the Products to customers located outside the Territory.',
    nearMiss: 'The {A} appoints the {B} as its exclusive distributor of the Products in the Territory. The {B} may not actively market or sell the Products outside the Territory.',
  },
  'one-sided.exclusivity': {
    against: 'A',
    fires: 'The {A} grants the {B} the exclusive right to sell the Products in the Territory.',
    nearMiss: 'The {A} grants the {B} the exclusive right to sell the Products in the Territory, and the {B} shall purchase the minimum annual quantities set out in Schedule 2.',
  },
  'one-sided.no-implied-license': {
    against: 'B',
    fires: 'Nothing in this Agreement grants the {B} any licence under the intellectual property of the {A}.',
    nearMiss: 'Nothing in this Agreement grants either party any licence under the intellectual property of the other party.',
  },
  'one-sided.exclusivity-endless': {
    against: 'A',
    fires: 'The {A} grants the {B} the exclusive right to sell the Products in the Territory for an indefinite period.',
    nearMiss: 'The {A} grants the {B} the exclusive right to sell the Products in the Territory for a period of three (3) years.',
  },
  'one-sided.exclusivity-products': {
    against: 'A',
    fires: 'The {A} appoints the {B} as its exclusive distributor in the Territory of the Products and of any new or future products the {A} develops during the term.',
    nearMiss: 'The {A} appoints the {B} as its exclusive distributor in the Territory of the Products listed in Schedule 1.',
  },
  'one-sided.supplier-lockout': {
    against: 'A',
    fires: 'The {A} appoints the {B} as its exclusive distributor of the Products in the Territory. The {A} shall not sell the Products to any person other than the {B}.',
    nearMiss: 'The {A} appoints the {B} as its exclusive distributor of the Products in the Territory. The {A} shall not sell the Products to any person in the Territory other than the {B}.',
  },
  'one-sided.customer-choice': {
    against: 'A',
    fires: 'The {B} shall use reasonable endeavours to procure that a unit supplied by the {A} forms part of each system it builds for a customer. The {B} shall have no obligation under this Clause where a customer elects for any reason not to include a unit supplied by the {A}.',
    nearMiss: 'The {B} shall procure that a unit supplied by the {A} forms part of each system it builds for a customer, and shall purchase at least 200 units in each contract year.',
  },
  'one-sided.first-refusal': {
    against: 'A',
    fires: 'The {A} agrees to offer the {B} the first right of refusal to purchase the intellectual property in the Products.',
    nearMiss: 'The {A} agrees to offer the {B} the first right of refusal to purchase any surplus stock of the Products.',
  },
  'one-sided.assignment': {
    against: 'A',
    fires: 'All improvements to the technology of the {A} made by the {B} shall be the sole and exclusive property of the {B}.',
    nearMiss: 'All improvements to the technology of the {A} made by the {B} shall be the sole and exclusive property of the {A}.',
  },
  'one-sided.assignment-by-time': {
    against: 'A',
    fires: 'The {A} hereby assigns to the {B} all software, improvements, code and other work produced by the {A} during the course of this Agreement.',
    nearMiss: 'The {A} hereby assigns to the {B} all Deliverables created by the {A} in the performance of the Services during the term of this Agreement.',
  },
  'one-sided.unpaid-assignment': {
    against: 'A',
    fires: 'The {A} hereby assigns to the {B} all intellectual property rights in the Deliverables.',
    nearMiss: 'Upon payment in full of the Fees, the {A} hereby assigns to the {B} all intellectual property rights in the Deliverables.',
  },
  'one-sided.results-taken': {
    against: 'B',
    fires: 'Title to all Inventions conceived jointly by employees of the {A} and employees of the {B} shall vest solely in the {A}, and the {B} hereby assigns to the {A} its interest in them.',
    nearMiss: 'Title to all Inventions conceived jointly by employees of the {A} and employees of the {B} shall be owned jointly by the {A} and the {B} in equal undivided shares.',
  },
  'one-sided.results-any-purpose': {
    against: 'A',
    fires: 'The {B} may use the results of the testing for any purpose.',
    nearMiss: 'The {B} may use the results of the testing only for the Purpose.',
  },
  'one-sided.publication-results': {
    against: 'A',
    fires: 'Before submitting any manuscript for publication, the {B} shall give the {A} 30 days to review it and may be required to remove any confidential information of the {A}, other than the Study Results.',
    nearMiss: 'Before submitting any manuscript for publication, the {B} shall give the {A} 30 days to review it and may be required to remove any confidential information of the {A}.',
  },
  'one-sided.deliverables-licensed': {
    against: 'B',
    fires: 'The {A} shall deliver the Deliverables described in each Statement of Work. The {A} retains all right, title and interest in and to the Deliverables and grants the {B} a non-exclusive, non-transferable licence to use the Deliverables for its internal business purposes.',
    nearMiss: 'The {A} shall deliver the Deliverables described in each Statement of Work. The {A} assigns to the {B} all right, title and interest in and to the Deliverables upon payment of the fees.',
  },
  'one-sided.court-forum': {
    against: 'A',
    fires: '15.2 All disputes arising out of this Agreement shall be submitted to the exclusive jurisdiction of the courts of Stuttgart, Germany.',
    nearMiss: '15.2 All disputes arising out of this Agreement shall be submitted to the exclusive jurisdiction of the courts of Singapore.',
  },
  'one-sided.arbitration-seat': {
    against: 'A',
    fires: '15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the ICC Rules, and the seat of arbitration shall be Munich, Germany.',
    nearMiss: '15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the ICC Rules, and the seat of arbitration shall be Singapore.',
  },
  'one-sided.improvements-to-owner': {
    against: 'B',
    fires: "All improvements to a Party's Background IP shall vest in that Party, irrespective of who makes them.",
    nearMiss: "All improvements that a Party makes to a Party's Background IP shall vest in that Party, irrespective of who makes them. The {A} grants the {B} a non-exclusive, royalty-free licence to use the improvements made by the {B}.",
  },
  'one-sided.improvement-ban': {
    against: 'B',
    fires: 'The {B} shall not modify, improve or create derivative works of the Licensed Technology.',
    nearMiss: 'The {B} may modify and improve the Licensed Technology, and shall own the improvements it makes.',
  },
  'one-sided.licence-reach': {
    against: 'B',
    fires: 'The {A} hereby grants to the {B} a non-exclusive licence under the Licensed Patents to make, use and sell Licensed Products. The {B} shall not sublicense to others under this Agreement, nor extend the rights granted hereunder to any affiliated company.',
    nearMiss: 'The {A} hereby grants to the {B} and its Affiliates a non-exclusive licence under the Licensed Patents to make, use and sell Licensed Products. The {B} shall not sublicense to others under this Agreement, nor extend the rights granted hereunder to any affiliated company.',
  },
  'one-sided.licence-acquirer': {
    against: 'B',
    fires: 'If the {B} assigns this Agreement in connection with a merger or sale of its business, in no event will the licences granted in this Agreement extend to products or services of the assignee existing on or before the date of that transaction.',
    nearMiss: 'If the {B} assigns this Agreement in connection with a merger or sale of its business, the licences granted in this Agreement extend to the products and services of the assignee.',
  },
  'one-sided.no-technical-assistance': {
    against: 'B',
    fires: 'The {A} hereby grants to the {B} a non-exclusive licence under the Licensed Patents and the Licensed Know-How to make and sell the Products. The {A} shall have no obligation to provide any technical assistance, documentation or training to the {B}.',
    nearMiss: 'The {A} hereby grants to the {B} a non-exclusive licence under the Licensed Patents and the Licensed Know-How to make and sell the Products. The {A} shall provide the {B} with the documentation and up to twenty (20) days of technical assistance needed to use the Licensed Know-How.',
  },
  'one-sided.one-way-nda': {
    against: 'B',
    fires: 'The {A}, referred to in this Agreement as the Discloser, will provide the {B} with technical information about its battery cells for the Purpose. The {B} shall hold the Confidential Information in confidence.',
    nearMiss: 'The {A}, referred to in this Agreement as the Discloser, will provide the {B} with technical information about its battery cells for the Purpose. Each party may disclose Confidential Information to the other party, and the {B} shall hold the Confidential Information in confidence.',
  },
  'one-sided.locked-results': {
    against: 'B',
    fires: 'The {B} shall not disclose the results of its testing of the samples to any third party without the prior written consent of the {A}.',
    nearMiss: 'The {B} shall not disclose the results of its testing of the samples to any third party other than its affiliates and certification bodies bound by confidentiality obligations.',
  },
  'one-sided.usage-data': {
    against: 'B',
    fires: 'The {A} may use all usage data generated by the {B} in using the Product to improve and promote its products.',
    nearMiss: 'The {A} may use the usage data generated by the {B} in using the Product only to provide support to the {B} under this Agreement.',
  },
  'one-sided.prior-use': {
    against: 'B',
    fires: 'The {B} shall not derive any right of prior use from its knowledge of the Confidential Information disclosed by the {A}.',
    nearMiss: 'The {B} shall not derive any right of prior use from its knowledge of the Confidential Information disclosed by the {A}, except for information it developed independently.',
  },
  'one-sided.compete-ban': {
    against: 'B',
    fires: 'The {B} shall not access or use the Confidential Information in order to develop a similar or competing product.',
    nearMiss: 'The {B} shall not access or use the Confidential Information in order to develop a similar or competing product. Nothing in this Agreement restricts the {B} from developing products independently without use of the Confidential Information.',
  },
  'one-sided.results-publishable': {
    against: 'A',
    fires: 'During the Evaluation Period the {B} may access and use the Product solely for its internal evaluation.',
    nearMiss: 'During the Evaluation Period the {B} may access and use the Product solely for its internal evaluation. The {B} shall keep the results of its evaluation confidential and shall not publish any benchmark of the Product without the {A}\'s prior written consent.',
  },
  'one-sided.feedback-not-confidential': {
    against: 'B',
    fires: 'The {B} may give the {A} suggestions and comments about the Product (Feedback). Feedback does not constitute the {B}\'s Confidential Information.',
    nearMiss: 'The {B} may give the {A} suggestions and comments about the Product (Feedback). Any of the {B}\'s Confidential Information contained in Feedback remains subject to the confidentiality obligations of this Agreement.',
  },
  'one-sided.submissions-free': {
    against: 'B',
    fires: 'All reports, logs and other information the {B} submits to the {A} under this Agreement shall be treated as non-confidential, and the {A} may copy, disclose and use them for any purpose.',
    nearMiss: 'All reports, logs and other information the {B} submits to the {A} under this Agreement remain the {B}\'s Confidential Information, and the {A} may use them only to correct the Product.',
  },
  'one-sided.testing-barred': {
    against: 'B',
    fires: 'The {B} will not conduct security or vulnerability tests on the Product, or benchmark the Product against any other product.',
    nearMiss: 'The {B} may conduct security and performance tests on the Product in its own test environment and shall keep the results confidential.',
  },
  'one-sided.no-copies': {
    against: 'B',
    fires: 'The {B} shall hold the Confidential Information in confidence and shall not make any copies of the Confidential Information except with the prior written consent of the {A}.',
    nearMiss: 'The {B} shall hold the Confidential Information in confidence and shall not make any copies of the Confidential Information except as reasonably necessary for the Purpose.',
  },
  'one-sided.licence-lapse': {
    against: 'B',
    fires: 'Upon any failure by the {B} to pay a royalty when due, the licences granted hereunder shall automatically terminate.',
    nearMiss: 'If the {B} fails to pay a royalty within thirty (30) days after written notice from the {A} that it is overdue, the {A} may terminate the licences granted hereunder.',
  },
  'one-sided.patent-upkeep': {
    against: 'B',
    fires: 'The {A}, at its sole option and discretion, shall file, prosecute and maintain all patents and patent applications within the Licensed Patents.',
    nearMiss: 'The {A}, at its sole option and discretion, shall file, prosecute and maintain all patents and patent applications within the Licensed Patents, and shall notify the {B} at least sixty (60) days before abandoning any of them so that the {B} may maintain it at its own cost.',
  },  ...LICENSEE_CASES,
};

/**
 * Sentences against the other side, for a rule that may work against either: improvements assigned
 * to the provider rather than taken from it, a forum at our home rather than theirs. (The forum
 * clauses are numbered, as in a contract, so the opening that says where each party is established
 * ends before them.)
 */
export const OTHER_SIDE_CASES: Record<string, PositionCase> = {
  // Joint results taken by B: against A, the side that brings the technology in a joint project.
  'one-sided.results-taken': {
    against: 'A',
    fires: 'Title to all Inventions conceived jointly by employees of the {A} and employees of the {B} shall vest solely in the {B}, and the {A} hereby assigns to the {B} its interest in them.',
    nearMiss: 'Title to all Inventions conceived jointly by employees of the {A} and employees of the {B} shall be owned jointly by the {A} and the {B} in equal undivided shares.',
  },
  // The side bound by the duty is the one its exceptions free ("no fault of the Developer"): for side A, A is bound.
  'one-sided.no-independent-development': {
    against: 'A',
    fires: 'The {A} shall hold the Confidential Information in confidence and shall not disclose it to any third party. These obligations do not apply to information that (a) is or becomes publicly available through no fault of the {A}, (b) was already in the {A}\'s possession before disclosure, or (c) is lawfully obtained from a third party without restriction.',
    nearMiss: 'The {A} shall hold the Confidential Information in confidence and shall not disclose it to any third party. These obligations do not apply to information that (a) is or becomes publicly available through no fault of the {A}, (b) was already in the {A}\'s possession before disclosure, (c) is lawfully obtained from a third party without restriction, or (d) is independently developed by the {A} without use of the Confidential Information.',
  },
  'one-sided.assignment': {
    against: 'B',
    fires: 'The {B} hereby assigns to the {A} all improvements to the technology of the {A} made by the {B}.',
    nearMiss: 'The {B} shall own all improvements to the technology of the {A} made by the {B}.',
  },
  'one-sided.results-any-purpose': {
    against: 'B',
    fires: 'The {A} may use the results of the joint work for any purpose.',
    nearMiss: 'The {A} may use the results of the joint work only for the Purpose.',
  },
  'one-sided.court-forum': {
    against: 'B',
    fires: '15.2 All disputes arising out of this Agreement shall be submitted to the exclusive jurisdiction of the courts of Shenzhen, China.',
    nearMiss: '15.2 All disputes arising out of this Agreement shall be submitted to the exclusive jurisdiction of the courts of Singapore.',
  },
  'one-sided.arbitration-seat': {
    against: 'B',
    fires: '15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the ICC Rules, and the seat of arbitration shall be Shanghai, China.',
    nearMiss: '15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the ICC Rules, and the seat of arbitration shall be Singapore.',
  },
};

/** The case for a rule against one side: its own sentence where it has one, else the rule's case. */
export function caseFor(rule: string, side: 'A' | 'B'): PositionCase | undefined {
  const other = OTHER_SIDE_CASES[rule];
  return other?.against === side ? other : POSITION_CASES[rule];
}

/** A case's text for a deal: the opening, then the sentence with the deal's role labels. */
export function caseText(scenario: ScenarioId, sentence: string): string {
  const { A, B } = LABELS[scenario];
  return `${opening(scenario)}\n${sentence.replaceAll('{A}', A).replaceAll('{B}', B)}`;
}
