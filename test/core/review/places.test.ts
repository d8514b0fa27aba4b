import { crossesBorder } from '../../../src/core/review/places';
import type { RoleId, ScenarioId } from '../../../src/core/scenarios';
import { makeContext } from './rules/make-context';

const crosses = (text: string, scenario?: ScenarioId, role?: RoleId) => crossesBorder(makeContext(text, { ...(scenario ? { scenario } : {}), ...(role ? { role } : {}) }));

describe('whether the deal crosses a border', () => {
  it('reads parties established in two countries', () => {
    expect(
      crosses('This Agreement is made between Nordlys Energi AB, a company organised under the laws of Sweden, and Shenzhen Hexi Battery Co., Ltd., a company incorporated in the People\'s Republic of China.'),
    ).toBe(true);
  });
  it('reads two US states as one country', () => {
    expect(
      crosses('This Agreement is entered into by Acme Devices, Inc., a Delaware corporation, and Beta Research LLC, a Texas limited liability company.'),
    ).toBe(false);
  });
  it('takes a draft that names no place as crossing, as our users take technology abroad', () => {
    expect(crosses('This Agreement is made between the Provider and the Evaluator named on the Cover Page.')).toBe(true);
  });
  it('does not read one party\'s place as both', () => {
    expect(crosses('This Agreement is made between Acme Devices, Inc., a Delaware corporation, and Hexi Battery Co., Ltd.')).toBe(true);
  });
  it('reads an offshore place of incorporation as a country of its own', () => {
    expect(
      crosses('PARTIES (1) Hexi Boilers (Hong Kong) Ltd, a company incorporated in Hong Kong whose registered office is in Kowloon, Hong Kong ("Hexi"); and (2) Northfield Holdings PLC, a company incorporated in the Isle of Man ("Northfield").'),
    ).toBe(true);
  });
  it('reads the places a Chinese opening names: two Mainland cities are one country, Hong Kong and Germany are not', () => {
    const opening = (b: string) => `技术开发合同\n甲方：深圳市海西电池有限公司\n住所：深圳市南山区科技园\n乙方：${b}\n双方经友好协商，就本合同达成如下协议。`;
    expect(crosses(opening('上海蓝湾储能科技有限公司\n住所：上海市浦东新区张江路88号'))).toBe(false);
    expect(crosses(opening('诺德储能有限公司\n住所：中国香港九龙尖沙咀'))).toBe(true);
    expect(crosses(opening('Nordlicht Systeme GmbH\n住所：德国斯图加特'))).toBe(true);
  });
  it('reads work done in a third country as crossing, though every party is established in one', () => {
    const opening = 'This Agreement is entered into by Acme Devices, Inc., a Delaware corporation, and Beta Research LLC, a Texas limited liability company.';
    expect(crosses(`${opening}\nBeta shall pay the development fee to its subsidiary to be formed in Singapore, for research to be performed in Singapore.`)).toBe(true);
    expect(crosses(`${opening}\nBeta shall perform the research at its laboratory in Austin.`)).toBe(false);
  });
  it('takes our company as established in China where the draft does not say where our party is', () => {
    const opening =
      'This Supply Agreement is made between Kestrel Components Ltd., whose address is 4 Harbour Road ("Supplier"), and Acme Devices, Inc., a Delaware corporation ("Distributor").';
    expect(crosses(opening, 'exclusive-partnership', 'supplier')).toBe(true);
    // The draft's own statement of where our party is established wins over the setting.
    const american = opening.replace('whose address is 4 Harbour Road', 'a California corporation');
    expect(crosses(american, 'exclusive-partnership', 'supplier')).toBe(false);
    expect(crossesBorder(makeContext(opening, { scenario: 'exclusive-partnership', role: 'supplier', established: 'US' }))).toBe(false);
    // An organisation's library says it for everyone who uses it.
    expect(crossesBorder(makeContext(opening, { scenario: 'exclusive-partnership', role: 'supplier', library: { clauses: [], review: { established: 'US' } } }))).toBe(false);
  });
});

