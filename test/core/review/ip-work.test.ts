import { readIpWork } from '../../../src/core/review/ip-work';
import { segment } from '../../../src/core/review/segment';
import { fromText } from '../../../src/core/review/text';

const read = (...lines: string[]) => readIpWork(segment(fromText(lines.join('\n'))).sentences);

// What a deal that develops and licenses nothing says it does.
const OPERATES = 'The Operator shall operate and maintain the Gathering System in accordance with good oilfield practice.';
const PAYS = 'The Owner shall reimburse the Operator for its direct costs within thirty days after receipt of an invoice.';

describe('whether a deal develops, creates or licenses IP', () => {
  describe('it does', () => {
    it.each([
      ['development work', 'The Developer shall develop the battery management firmware described in Schedule 1 and deliver it to the Customer.'],
      ['deliverables', 'The Contractor shall deliver each Deliverable by the date set out in the Statement of Work.'],
      ['research', 'The University shall conduct the Research Programme under the direction of the Principal Investigator.'],
      ['inventions', 'Each Party shall promptly disclose to the other any invention conceived in the course of the Project.'],
      ['software', 'The Service Provider shall host the Customer Software on servers located in the European Union.'],
      ['a licence grant', 'The Licensor grants the Licensee a non-exclusive licence under the Licensed Patents to make, use and sell Licensed Products.'],
      ['rights to copy granted', 'The Publisher hereby grants the Printer the right to copy the master materials in the quantities ordered.'],
      ['leave to use marks', 'The Distributor may use the Supplier\'s trade marks only to promote the Products in the Territory.'],
      ['IP allocated', 'Title to all inventions made in the performance of this Agreement shall vest in the Company.'],
      ['test results', 'The Evaluator shall disclose to the Provider the results of the tests performed on the Material.'],
      ['engineering services', 'The Manufacturer shall provide non-recurring engineering to adapt the housing to the new cell.'],
      ['Chinese development work', '乙方应按照甲方提供的规格开发电池管理软件。'],
      ['Chinese research-and-build work (研制)', '甲方委托乙方研制一套发酵罐温度控制装置。'],
    ])('%s', (_kind, line) => {
      expect(read(OPERATES, line)).toBe('yes');
    });
  });

  describe('it does not', () => {
    it('where the deal operates and maintains a system', () => {
      expect(read(OPERATES, PAYS)).toBe('no');
    });
    it('where it builds a cable and develops only the procedures for running it', () => {
      expect(
        read(
          'The Parties shall construct and install the Cable System between the Landing Points.',
          'The Management Committee shall develop procedures for the allocation of capacity among the Parties.',
          'Guidelines for the restoration of service shall be developed by the Operations Subcommittee.',
          'Each Terminal Party shall obtain all permits, licences and approvals required for the landing of the Cable System.',
        ),
      ).toBe('no');
    });
    it('where it broadcasts, under a regulator\'s licence', () => {
      expect(
        read(
          'The Station is operated under licences issued by the national broadcasting regulator.',
          'The Programmer shall supply programming for broadcast on the Station twenty-four hours a day.',
          'The Programmer shall obtain in its own name all music licences needed for the programming.',
        ),
      ).toBe('no');
    });
    it('where a Chinese draft sells goods and asks for invoices issued (开发票), which is not 开发', () => {
      expect(read('买方向卖方购买下列设备，卖方应于装船后十日内按批次分别开发票并寄送买方。')).toBe('no');
    });
    it('where a Chinese purchase names patents only as what the goods must not infringe', () => {
      expect(read('买方向卖方购买下列设备。', '卖方保证买方使用或转售上述设备不会侵犯任何第三方的专利权或商标权，否则由卖方承担一切损失。')).toBe('no');
    });
    it('where a Chinese purchase order sits under a title that names know-how, and its infringement heading names a patent', () => {
      expect(
        read(
          '专有技术许可和设备采购合同',
          '买方向卖方订购下列设备，价格和交货期见附件一。',
          '五、商标权的侵犯',
          '买方使用上述设备如被第三方指控侵犯其商标权，由卖方负责交涉并承担全部费用。',
        ),
      ).toBe('no');
    });
    it('where a Chinese draft titled as a transfer sells a process and its know-how (诀窍) for a transfer fee', () => {
      expect(read('技术转让合同', '鉴于甲方愿意向乙方出售涂布工艺的技术和诀窍；', '乙方应当向甲方支付技术转让费。')).toBe('yes');
      expect(read('乙方应当向甲方支付技术转让费，甲方向乙方交付设备。')).toBe('yes');
    });
    it('where a Chinese draft titled as a supply develops software in its clauses', () => {
      expect(read('设备采购合同', '乙方应按甲方的要求为该设备开发控制软件，并向甲方交付源代码。')).toBe('yes');
    });
    it('where a Chinese draft licenses a patent, though it also speaks of infringement', () => {
      expect(read('卖方向买方供应设备，并许可买方实施其专利。', '卖方保证上述设备不侵犯第三方的专利权。')).toBe('yes');
    });
    it('where a Chinese draft develops a ticketing system (开发票务系统)', () => {
      expect(read('乙方为甲方开发票务系统，甲方按月支付服务费。')).toBe('yes');
    });
    it('where a Chinese draft only operates and maintains a pipeline', () => {
      expect(read('乙方负责管道的运营和维护，甲方按月支付服务费。')).toBe('no');
    });
    it('where a Chinese draft sends engineers to work at the customer\'s site, under a residence permit', () => {
      expect(
        read(
          '乙方派遣两名工程师赴甲方工厂提供现场技术支持，甲方按每人每月支付服务费。',
          '甲方负责为乙方人员办理工作签证和居住许可。',
          '未经甲方许可，乙方人员不得进入甲方的生产车间以外的区域。',
        ),
      ).toBe('no');
    });
  });

  it('is unsure where the draft says neither what it develops nor what it does', () => {
    expect(read('This Agreement is governed by the laws of England.', 'Each Party bears its own costs.')).toBe('unsure');
  });
});
