import { kindOfRule, REGISTRY, RULES } from '../../../../src/core/review/rules';
import { severityRank } from '../../../../src/core/findings';
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import { DRAFT } from './draft';
import { makeContext } from './make-context';


const CJK = /[\u4e00-\u9fff]/;

// A clause in both languages whose Chinese gives another number of days.
const TWO_TEXTS = [
  '5.1 The Evaluator shall return the Samples within 30 days after this Agreement ends.',
  '5.1 评估方应当在本协议终止后60日内归还样品。',
].join('\n');

const LICENCE_TERMS = [
  'Licensor hereby grants to Licensee an exclusive licence under the Licensed Patents throughout the world, which shall continue for an indefinite period.',
  'Technical information exchanged under this Agreement is confidential information of the disclosing party and is subject to Article 12 of the Master Supply Agreement.',
  'The Licensor hereby grants to the Licensee an exclusive licence under all current and future Licensor Patents to sell the Products in the Territory.',
  'The Licensor covenants not to sue the Licensee for infringement of any patents hereafter acquired by the Licensor.',
  'If the Licensor grants any other licensee royalty rates more favourable than those in this Agreement, the Licensor shall offer the same rates to the Licensee.',
  'The Licensee may terminate this Agreement for convenience on sixty (60) days\' written notice to the Licensor.',
].join('\n');
const LICENCE_BACK = [
  'The Licensee hereby grants to the Licensor a worldwide, royalty-free licence under the Licensed Patents to make and sell any products.',
  'The licenses granted to the Licensee shall automatically terminate upon a change of control of the Licensee.',
  'The Licensor hereby grants to the Licensee a non-exclusive licence under the Licensed Patents to make, have made, import and sell Licensed Products.',
  'The Licensee shall not sublicense to others under this Agreement.',
  'The Licensor, at its sole discretion, shall prosecute and maintain the Licensed Patents.',
  'The Licensor shall have the right to audit the books and records of the Licensee.',
  'If the Licensee fails to pay any royalty when due, the licences granted hereunder shall automatically terminate.',
  'The Licensor grants to the Licensee a licence under the Licensed Know-How, limited to use as made in the Licensee Business prior to the Effective Date and the natural growth thereof.',
  'The Licensor shall have no obligation to provide any technical assistance to the Licensee.',
  'The Licensor may terminate this Agreement immediately without notice or liability to comply, as determined in the Licensor\'s sole discretion, with applicable export control and sanctions laws.',
  'In no event will the licences granted in this Agreement extend to products of the assignee existing before the date of the assignment.',
  'The Licensee shall not modify, improve or create derivative works of the Licensed Technology.',
  'The Licensor reserves the right of final interpretation of this Agreement.',
].join('\n');
const SUPPLY_TERMS = [
  'This Distribution Agreement is made between Hexi Energy Co., Ltd. (the "Supplier") and Northfield Trading LLC (the "Distributor").',
  'The Supplier appoints the Distributor as its exclusive distributor of the Products and of any new products it introduces during the Term.',
  'If the Distributor fails to purchase the minimum number of units in any year, its exclusive rights may be reevaluated.',
  'The Supplier covenants not to sell any product listed in Schedule A to any other party without the prior written consent of the Distributor.',
  'The Supplier agrees to offer the Distributor the first right of refusal to purchase the intellectual property for the Products.',
  'The Supplier shall deliver the boilers to the Distributor.',
  'The Supplier agrees not to engage in any Distributor Competing Business during the Term.',
  'The Distributor shall not reverse engineer any software comprised within the Confidential Information.',
  'The Distributor may also sell the Products to customers located outside the Territory.',
].join('\n');
const PURPOSE_BLANK = [
  'The Evaluator shall use the Samples solely for the Purpose.',
  'The Samples are provided for the purpose of assessing the following applications: (the "Purpose").',
].join('\n');
const ONE_WAY = [
  'Whereas Kessler as the DISCLOSER will provide confidential information to the DISCLOSEE.',
  'The DISCLOSEE shall keep all confidential information secret and shall not disclose it to any third party.',
  'Where appropriate, each party undertakes to grant a royalty-free licence to the other party for the project.',
  'The DISCLOSEE shall not make any copies of the confidential information without the prior written approval of the DISCLOSER.',
  'The DISCLOSEE shall not derive any right of prior use from its knowledge of the confidential information.',
  'This agreement enters into force on signature and applies for a term of … years.',
  'No results obtained from the confidential information may be disclosed to any third party without the consent of the DISCLOSER.',
  'The DISCLOSEE shall not use the confidential information to develop any competing product.',
].join('\n');
const DEVELOPMENT = [
  'This Software Development Agreement is made between Northfield Retail Inc. (the "Client") and Hexi Software Co., Ltd. (the "Developer").',
  'The Developer hereby assigns to the Client all software, code and other work produced by the Developer during the term of this Agreement.',
  'The Developer shall retain full ownership of its pre-existing tools and code (the "Developer Materials").',
  'Where the Developer incorporates any Developer Materials into the Deliverables, the Client shall not acquire any ownership of them.',
  '7. Intellectual Property',
  '7.1 The Developer shall assign to the Client all Intellectual Property in the Deliverables.',
  '7.2 The provisions of Section 7 shall become effective upon payment of the first instalment of the Fees.',
].join('\n');
const RESULTS_ANY_PURPOSE = [
  'The Evaluator shall be free to use the test results for any purpose.',
  'Before any publication, the Evaluator shall remove any confidential information of the Provider from the manuscript, excluding the test results.',
  'The Evaluator shall provide the Provider with the results of the tests.',
  'The Evaluator shall return or destroy the Samples within thirty days from the effective date shown above.',
].join('\n');
const RETURN_ON_REQUEST = 'Promptly following the request of the Provider, the Evaluator shall return all Samples and confirm the return in writing.';
const RECEIVING_TERMS = [
  'The Evaluator shall keep the Confidential Information confidential and shall not disclose it to any third party.',
  'The Evaluator hereby grants to the Provider a perpetual, irrevocable, royalty-free licence to use any feedback the Evaluator provides.',
  'The obligations in this Section 4 do not apply to information that is publicly available or that the Evaluator lawfully obtained from a third party.',
].join('\n');
const SHARING_TERMS = [
  'Information disclosed orally is Confidential Information only if it is identified as confidential at the time of disclosure and confirmed in writing within ten days.',
  'These obligations of confidentiality shall remain in effect for two (2) years after termination of this Agreement.',
  'Any arbitration under these Rules shall be finally settled by arbitration in Singapore.',
  'The courts of Stuttgart have exclusive jurisdiction over any dispute arising out of this Agreement.',
].join('\n');
const COVER_TERMS = [
  '9.2 The Governing Law will govern all disputes about this Agreement, and the parties submit to the exclusive jurisdiction of the Chosen Courts.',
  '10.1 Variables have the meanings given on the Cover Page.',
  '11.1 Any dispute arising out of this Agreement shall be decided by arbitration before the Arbitration Board of the Chamber of Commerce.',
].join('\n');

const TO_OWNER = 'Any improvements to a Party\'s technology shall vest in that Party irrespective of who makes them.';
const OPPORTUNITIES = 'The Parties shall work exclusively with each other on every tender that either of them identifies.';
const CUSTOMER_CHOICE =
  'The Distributor shall use reasonable efforts to include the Supplier\'s boilers in each plant, and the Distributor shall have no obligation to do so where a customer elects not to include them.';

describe('finding messages in both languages', () => {
  it('every registered rule speaks Chinese when the locale is zh-CN', () => {
    const playbook = { required: ['export-control' as const, 'no-implied-license' as const], recommended: [] };
    const opts = { scenario: 'sample-testing' as const, role: 'provider' as const, playbook, absent: ['export-control' as const] };
    const en = RULES.flatMap((rule) => rule(makeContext(DRAFT, opts)));
    const zh = RULES.flatMap((rule) => rule(makeContext(DRAFT, { ...opts, locale: 'zh-CN' })));
    expect(zh.length).toBe(en.length);
    // Rules that speak only for the receiving side, or only on terms this draft lacks, are run on
    // the draft from the evaluator's side and on the extra terms below.
    const contexts = [
      makeContext(DRAFT, opts),
      makeContext(`${DRAFT}\n${RECEIVING_TERMS}`, { ...opts, role: 'evaluator' }),
      makeContext(`${DRAFT}\n${SHARING_TERMS}`, opts),
      makeContext(LICENCE_TERMS, { scenario: 'technology-license', role: 'licensor' }),
      makeContext(LICENCE_BACK, { scenario: 'technology-license', role: 'licensee' }),
      makeContext(RETURN_ON_REQUEST, opts),
      makeContext(TWO_TEXTS, opts),
      makeContext(RESULTS_ANY_PURPOSE, opts),
      makeContext('The Evaluator shall keep the the Samples in a locked store until they are returned.', opts),
      makeContext('The Evaluator shall send the Provider a written report of its tests bi-weekly.', opts),
      makeContext(SUPPLY_TERMS, { scenario: 'exclusive-partnership', role: 'supplier' }),
      makeContext(PURPOSE_BLANK, opts),
      makeContext(DEVELOPMENT, { scenario: 'custom-development', role: 'developer' }),
      makeContext(ONE_WAY, { scenario: 'pre-deal-disclosure', role: 'recipient' }),
      makeContext(TO_OWNER, { scenario: 'joint-development', role: 'co-developer' }),
      makeContext(OPPORTUNITIES, { scenario: 'joint-development', role: 'technology-owner' }),
      makeContext(CUSTOMER_CHOICE, { scenario: 'exclusive-partnership', role: 'supplier' }),
      makeContext(COVER_TERMS, opts),
      makeContext('All test reports and other information the Evaluator provides to the Provider shall be considered non-confidential, and the Provider shall be free to use and disclose them without restriction.', { ...opts, role: 'evaluator' }),
      makeContext('The Evaluator assigns to the Provider all Test Data[, provided that the Evaluator shall retain the right to use the Test Data internally].', opts),
      makeContext('The Evaluator shall keep confidential the data the Disclosing Party gives the Recipient and its Representatives for the Transaction.', { scenario: 'joint-development', role: 'co-developer' }),
      makeContext(
        ['The Evaluator shall use the same degree of care it uses to protect its own information.', 'Each party shall use the same level of care it uses for its own secrets.'].join('\n'),
        opts,
      ),
      makeContext('The Evaluator shall return the Samples within 2 WEEKS JK 14/6/2011 of the end of the evaluation period.', opts),
      makeContext('The Evaluator shall return the Samples within 30 days. [ALT: The Evaluator shall destroy the Samples within 30 days.]', opts),
      makeContext(
        ['4. Confidentiality', 'The Evaluator shall keep the Test Data secret.', '9. Term', 'Sections 2 and 7 shall survive the termination of this Agreement.'].join('\n'),
        opts,
      ),
      makeContext(
        [
          'This Research Agreement is made between Qinlan Biotech Co., Ltd. ("Sponsor") and the Harbourline Institute ("Institute").',
          '"Field" means the treatment of solid tumours using T cells manufactured by Institute.',
          'Institute hereby grants Sponsor a non-exclusive licence to develop, manufacture and sell Study Products, strictly limited to the Field.',
        ].join('\n'),
        { scenario: 'joint-development', role: 'technology-owner' },
      ),
      makeContext(
        [
          'This Non-Disclosure Agreement is made between Harbourline Power GmbH ("Harbourline") and Qinlan Energy Co., Ltd. ("Qinlan").',
          '9. The supplier warrants that it holds all rights needed to make the delivered products.',
        ].join('\n'),
        { scenario: 'pre-deal-disclosure', role: 'recipient' },
      ),
      makeContext(
        [
          'This Non-Disclosure Agreement is made between Qinlan Energy Co., Ltd. (the "Disclosing Party") and Harbourline Power GmbH (the "Receiving Party").',
          'The Receiving Party shall keep the Confidential Information secret.',
          'In no event shall either party be liable to the other for any consequential damages.',
          'These obligations do not apply to information that is publicly available or is independently developed by the Receiving Party.',
          "A party's liability for breach of this Agreement shall be limited to direct damages caused by the gross negligence of such party.",
          'The Disclosing Party warrants that all information furnished by it is true and accurate.',
          'All documents furnished by the Disclosing Party which are designated in writing to be the property of the Disclosing Party shall be returned to it on request.',
          'Nothing in this Agreement prevents the Receiving Party from selling any product, except where that sale would itself reveal Confidential Information.',
          'The Receiving Party shall hold all Material Non-Public Information in strict confidence.',
        ].join('\n'),
        { scenario: 'pre-deal-disclosure', role: 'discloser' },
      ),
      makeContext(
        [
          'This Non-Disclosure Agreement is made between Harbourline Power GmbH (the "Disclosing Party") and Qinlan Energy Co., Ltd. (the "Receiving Party").',
          'The Receiving Party shall keep the Confidential Information secret. These obligations do not apply to information that is publicly available or that the Receiving Party lawfully obtained from a third party.',
          'The Receiving Party shall indemnify the Disclosing Party against any losses arising from any breach of this Agreement by the Receiving Party.',
          'The obligations of confidentiality of the Receiving Party under this Agreement shall continue in perpetuity.',
          'The Receiving Party shall not disclose any Confidential Information to any foreign national, whether or not an employee of the Receiving Party.',
        ].join('\n'),
        { scenario: 'pre-deal-disclosure', role: 'recipient' },
      ),
      makeContext(
        [
          'This Non-Disclosure Agreement is made between Harbourline Power GmbH (the "Disclosing Party") and Qinlan Energy Co., Ltd. (the "Receiving Party").',
          'The Receiving Party shall keep the Confidential Information secret, except information which the Receiving Party develops independently of the disclosure as indicated by files existing at the time of initial disclosure.',
          'The Receiving Party shall not disclose any Confidential Information in response to a subpoena until it has exhausted any and all legal remedies available to it to prevent the disclosure.',
          'All Confidential Information, and any Derivative of it, whether created by the Disclosing Party or the Receiving Party, remains the property of the Disclosing Party.',
          'The Receiving Party shall not transmit the technical data received pursuant hereto to the People\'s Republic of China without prior authorization from the U.S. Department of Commerce.',
          'Until the later of the date the Receiving Party is no longer engaged by the Disclosing Party and two years after signing, the Receiving Party shall not engage in any business that competes with the Disclosing Party.',
        ].join('\n'),
        { scenario: 'pre-deal-disclosure', role: 'recipient' },
      ),
      makeContext('The Provider shall pay a total fee of USD 900,000, payable as follows: USD 300,000 on signing and USD 500,000 upon acceptance.', opts),
      makeContext('The Evaluator will not conduct security or vulnerability tests on the Product.', { ...opts, role: 'evaluator' }),
      makeContext('The Evaluator hereby grants to the Provider a perpetual, royalty-free licence to use the test results and any improvements the Evaluator makes to the Product.', { ...opts, role: 'evaluator' }),
      makeContext(
        [
          'This Supply Agreement is made between Qinlan Chemical Co., Ltd. (the "Supplier") and Harbourline Biologics Ltd (the "Buyer").',
          'The Supplier shall supply the Buyer exclusively with the Product in the Field.',
          'The Buyer shall purchase the Product exclusively from the Supplier.',
        ].join('\n'),
        { scenario: 'exclusive-partnership', role: 'supplier' },
      ),
      makeContext(
        [
          'This Non-Disclosure Agreement is made between Qinlan Energy Co., Ltd. (the "Disclosing Party") and Harbourline Bank plc (the "Receiving Party").',
          'The Receiving Party may disclose the Confidential Information to its banks and financiers.',
          'The Disclosing Party acknowledges that the Receiving Party may be required under the Freedom of Information Act 2000 to disclose Confidential Information.',
          'The individual signing on behalf of the Disclosing Party personally guarantees the performance of the Disclosing Party\'s obligations under this Agreement.',
        ].join('\n'),
        { scenario: 'pre-deal-disclosure', role: 'discloser' },
      ),
      makeContext(
        [
          'This Trademark License Agreement is made between Harbourline Brands Ltd ("Licensor") and Qinlan Appliances Co., Ltd. ("Licensee").',
          'Licensee shall indemnify and hold harmless Licensor from and against any and all claims arising out of the performance of Licensor\'s obligations hereunder.',
          'Licensor may change the royalty rates at any time by giving Licensee thirty days\' written notice.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext(
        [
          'This Agreement is made between Kestrel Route Systems Ltd ("Licensor") and Wuhan Chiyue Logistics Technology Co., Ltd. ("Licensee").',
          'If the Licensee breaches this Agreement and the breach is cured within thirty (30) days after written notice, the Licensor may terminate the licence.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext(
        [
          'This Pilot Agreement is made between Qinlan Robotics Co., Ltd. ("Provider") and Harbourline Freight Ltd ("Evaluator").',
          'During the Pilot Period the Evaluator may access and use the Product solely for its internal evaluation purposes.',
        ].join('\n'),
        opts,
      ),
      makeContext(
        [
          'This Design Partner Agreement is made between Harbourline Data Inc. ("Provider") and Qinlan Energy Co., Ltd. ("Evaluator").',
          'Feedback does not constitute the Evaluator\'s Confidential Information.',
        ].join('\n'),
        { scenario: 'sample-testing', role: 'evaluator' },
      ),
      makeContext(
        [
          'This Cloud Service Agreement is made between Harbourline Cloud Inc. ("Provider") and Qinlan Energy Co., Ltd. ("Customer").',
          'Customer is responsible for all Customer Content it submits to the Service.',
          'Provider may suspend Customer\'s access to the Service with or without notice if Customer breaches this Agreement.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext(
        [
          'This Services Agreement is made between Harbourline Consulting Inc. ("Provider") and Qinlan Energy Co., Ltd. ("Customer").',
          'Provider retains all right, title and interest in and to the Deliverables.',
          'Provider grants Customer a non-exclusive licence to use the Deliverables for its internal business purposes.',
        ].join('\n'),
        { scenario: 'custom-development', role: 'customer' },
      ),
      makeContext(
        [
          'This Services Agreement is made between Harbourline Consulting Inc. ("Provider") and Qinlan Energy Co., Ltd. ("Customer").',
          'All Work Product will be provided as licensed or assigned Work Product as specified in each Statement of Work.',
          'This Agreement is governed by the laws of the State of {governing_law}.',
        ].join('\n'),
        { scenario: 'custom-development', role: 'customer' },
      ),
      makeContext(
        [
          'These Standard Terms and the Cover Page form the agreement.',
          'The Recipient shall use Confidential Information solely for the Purpose, and its duties survive for the Confidentiality Period.',
        ].join('\n'),
        { scenario: 'pre-deal-disclosure', role: 'discloser' },
      ),
      makeContext('This Evaluation Agreement is made between [PROVIDER NAME] ("Provider") and Qinlan Energy Co., Ltd. ("Evaluator").', opts),
      makeContext('The Evaluator shall pay the Provider a testing fee of TBD for each additional batch of Samples.', opts),
      makeContext(
        ['The Evaluator shall meet the acceptance criteria, which are to be agreed.', 'WHEREAS the Provider owns the Samples.', '1. "Supply Agreement" means the supply agreement between the parties dated as of [ ].'].join('\n'),
        opts,
      ),
      makeContext(
        [
          'This Licence Agreement is made between Corvane Systems Ltd. (the "Licensor") and Lanzhou Vision Technology Co., Ltd. (the "Licensee").',
          'The Licensor grants to the Licensee a non-exclusive licence to use the Platform Code for non-commercial research purposes only.',
          'The Licensor reserves the right to amend these Terms by posting the revised terms on its website.',
          'If the Licensee uses the Platform Code for any commercial product, the Licensee shall pay the Licensor a penalty of not less than USD 50,000.',
          'The Licensee represents and warrants that it is a not-for-profit research entity.',
          'If the products of the Licensee have more than 1,000,000 monthly active users, the Licensee must request a licence from the Licensor, which the Licensor may grant in its sole discretion.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext('Any claim under this Agreement is governed by the laws of the State of New York or federal courts located in New York.', opts),
      makeContext('This Agreement is governed by the laws of the People\'s Republic of China.\nEither Party may submit a dispute to arbitration or bring an action before the competent people\'s court.', opts),
      makeContext(
        ['甲方（许可方）：Norrlund Systems AB', '乙方（被许可方）：成都启衡智能装备有限公司', '甲方在本合同项下的赔偿责任总额不超过乙方已支付的许可费。'].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext(
        ['甲方（买方）：杭州云栈信息技术有限公司', '乙方（卖方）：Fjordlys Software AS', '如发生软件版权纠纷，由乙方承担全部责任。'].join('\n'),
        { scenario: 'exclusive-partnership', role: 'supplier' },
      ),
      makeContext(
        ['甲方（委托方）：南宁澜舟软件有限公司', '乙方（受托方）：Vellmar Data Oy', '验收合格后，甲方应于十五日内向甲方支付开发费。'].join('\n'),
        { scenario: 'custom-development', role: 'developer' },
      ),
      makeContext(
        ['甲方（供应方）：厦门云邻网络科技有限公司', '乙方（经销商）：厦门海岸家居有限公司', '甲方应将客户订单及联系方式推送至乙方的门店系统。'].join('\n'),
        { scenario: 'exclusive-partnership', role: 'supplier' },
      ),
      makeContext(
        [
          'This Agreement is made between Kestrel Route Systems Ltd ("Licensor") and Wuhan Chiyue Logistics Technology Co., Ltd. ("Licensee").',
          'In no event shall Licensor be liable for any indirect or consequential damages.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext(
        [
          'This Agreement is made between Harbin Lianxin Technology Co., Ltd. ("Developer") and Ostwind Logistik GmbH ("Customer").',
          'If Developer fails to deliver any milestone on time, Developer shall pay liquidated damages of one percent of the fees for each week of delay.',
        ].join('\n'),
        { scenario: 'custom-development', role: 'developer' },
      ),
      makeContext(
        [
          'This Contributor Agreement is made between Corvane Foundation (the "Licensee") and Lanzhou Vision Technology Co., Ltd. (the "Licensor").',
          'The Licensor hereby assigns to the Licensee joint ownership of the copyright in each Contribution.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensor' },
      ),
      makeContext(
        [
          'This Joint Development Agreement is made between Kestrel Cells GmbH (the "Developer") and Ningbo Hengyu Energy Co., Ltd. (the "Partner").',
          'Title to any Invention conceived jointly by the Developer and the Partner shall vest solely in the Developer.',
        ].join('\n'),
        { scenario: 'joint-development', role: 'co-developer' },
      ),
      makeContext(
        [
          'This Development Agreement is made between Qiantang Optics Co., Ltd. (the "Customer") and Veltro Labs Srl (the "Developer").',
          'All Deliverables made under this Agreement shall be owned by ____________.',
        ].join('\n'),
        { scenario: 'custom-development', role: 'customer' },
      ),
      makeContext(
        [
          'This SDK Licence is made between Tarrow Graphics Ltd. (the "Licensor") and Dalian Haichen Instruments Co., Ltd. (the "Licensee").',
          'The Licensor grants the Licensee a licence to use the SDK to develop the Licensee\'s products.',
          'The Licensee shall not distribute or otherwise provide the SDK to any third party.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext(
        [
          'This Driver Licence Agreement is made between Osterlund Microsystems AB (the "Licensor") and Jiaxing Ruibo Storage Co., Ltd. (the "Licensee").',
          '1. The Licensor grants the Licensee a non-exclusive licence to install the Driver Software in energy storage products made by the Licensee and to distribute it, in object code only, inside those products.',
          '2. The Licensor may terminate this Agreement on thirty (30) days\' written notice. Upon termination of this Agreement, the Licensee shall destroy every copy of the Driver Software.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext(
        [
          'This API Licence Agreement is made between Brannock Control Ltd. (the "Licensor") and Zhuhai Qinglan Power Co., Ltd. (the "Licensee").',
          '1. "Library" means the Licensor\'s motor control library and its interface, together with any modifications or derivations to the library or the interface.',
          '2. The Licensor owns all proprietary rights in and to the Library.',
          '3. The Licensor grants the Licensee a non-exclusive licence to use the Library inside the Licensee\'s inverters.',
        ].join('\n'),
        { scenario: 'technology-license', role: 'licensee' },
      ),
      makeContext('技术服务合同\n甲方：苏州青禾电子有限公司\n乙方：无锡明拓软件有限公司\n经双方友好协商，达成如下协议：\n第一条 乙方应于合同签定后＿＿日内交付测试报告，争议提交苏州钟裁委员会。\n第二条 本合同依据《中华人民共和国合同法》订立。', opts),
      makeContext(
        ['技术开发合同', '甲方：华中仓储有限公司', '乙方：云帆软件有限公司', '第一条 甲方委托乙方开发库存管理系统。', '第二条 开发费用总额为人民币五十万元，其余款项待系统验收合格后一次付清。'].join('\n'),
        { scenario: 'custom-development', role: 'developer' },
      ),
      makeContext(['服务方（乙方）：宁波澄川自动化技术有限公司，住所：中国宁波', '委托方（甲方）：Halvard GmbH，住所：德国汉堡', '本合同适用德国法律。'].join('\n'), {
        scenario: 'custom-development',
        role: 'developer',
      }),
      makeContext(
        [
          'Confidential Information exchanged under this Agreement is governed by the terms of the Non-Disclosure Agreement between the Parties.',
          'This Agreement is the entire agreement of the Parties on its subject and supersedes all prior agreements on it.',
        ].join('\n'),
        opts,
      ),
    ];
    for (const rule of RULES) {
      const fired = contexts.reduce((n, ctx) => n + rule(ctx).length, 0);
      expect([rule.name, fired]).not.toEqual([rule.name, 0]);
    }
    // The registry names every rule id a rule reports, so --disable can switch each one off, and
    // what it says of each holds: the kind, the topic where it is fixed, the heaviest severity.
    for (const { check, rules } of REGISTRY) {
      for (const ctx of contexts) {
        for (const f of check(ctx)) {
          const meta = rules.find((r) => r.id === f.rule);
          expect([f.rule, Boolean(meta)]).toEqual([f.rule, true]);
          expect([f.rule, f.kind]).toEqual([f.rule, kindOfRule(f.rule)]);
          if (meta!.topic) expect([f.rule, f.topic]).toEqual([f.rule, meta!.topic]);
          expect([f.rule, severityRank(f.severity) <= severityRank(meta!.severity)]).toEqual([f.rule, true]);
        }
      }
    }
    for (const [i, f] of zh.entries()) {
      expect(f.message).not.toMatch(/^review\.rule\./);
      expect(f.why).not.toMatch(/^review\.rule\./);
      expect(f.message).toMatch(CJK);
      expect(f.why).toMatch(CJK);
      expect(en[i]!.message).not.toMatch(CJK);
    }
  });

  it('runs through the engine', () => {
    const result = review(fromText(DRAFT));
    expect(result.findings.map((f) => f.rule)).toContain('ambiguous.joint-ownership');
  });

});
