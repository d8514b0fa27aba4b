// The IP checklist (who owns the results, improvements, licences of each side's IP, patent filing) on
// deals that develop and license nothing, and on drafts with no IP clause at all, with the built-in
// library's playbooks for both sides of each deal.
import { fromText, review } from '../../../src/core/review';
import type { Locale } from '../../../src/core/i18n';
import type { RoleId, ScenarioId } from '../../../src/core/scenarios';
import { library as LIBRARY, playbooks as PLAYBOOKS } from '../../support/review-as-side';

const findings = (text: string, scenario: ScenarioId, role: RoleId, locale: Locale = 'en') =>
  review(fromText(text), { scenario, role, library: LIBRARY, playbooks: PLAYBOOKS, locale }).findings.filter((f) => f.rule === 'missing');

const IP_TOPICS = ['background-ip', 'background-license', 'foreground-ip', 'joint-ownership', 'improvements', 'results-use', 'patent-prosecution', 'no-implied-license'];
const ipRaised = (text: string, scenario: ScenarioId, role: RoleId) =>
  findings(text, scenario, role)
    .filter((f) => f.severity !== 'info' && IP_TOPICS.includes(f.topic))
    .map((f) => f.topic);

const OPERATION = [
  'OPERATION AND MAINTENANCE AGREEMENT',
  'This Agreement is made between Redbank Midstream LLC, a Delaware limited liability company (the "Owner"), and Prairie Field Services LLC, a Texas limited liability company (the "Operator").',
  'The Operator shall operate and maintain the Gathering System in accordance with good oilfield practice and all applicable laws.',
  'The Owner shall reimburse the Operator for its direct costs within thirty days after receipt of an invoice.',
  'On termination, the Operator shall deliver to the Owner all books, records and other property of the Owner in its possession.',
  'This Agreement is governed by the laws of the State of Texas, and the state courts in Dallas County have exclusive jurisdiction over any dispute arising out of it.',
].join('\n');

// The same deal, with a term that makes the operator write software for the owner.
const WITH_SOFTWARE = `${OPERATION}\nThe Operator shall develop control software for the Gathering System and deliver its source code to the Owner.`;

const CONSORTIUM = [
  'CONSTRUCTION AND MAINTENANCE AGREEMENT',
  'This Agreement is made between Coral Sea Telecom Ltd, a company incorporated in Australia, and Harbour Link Communications Limited, a company incorporated in Hong Kong.',
  'The Parties shall construct, install and maintain the Cable System between the Landing Points set out in Schedule A.',
  'The Management Committee shall develop procedures for the allocation of capacity among the Parties.',
  'Each Party shall pay its share of the Capital Costs within thirty days after the Management Committee approves them.',
  'Each Terminal Party shall obtain all permits, licences and approvals required for the landing of the Cable System.',
].join('\n');

const PROGRAMMING = [
  'PROGRAMMING AGREEMENT',
  'This Agreement is made between Lakeshore Broadcasting Inc., an Illinois corporation (the "Station Owner"), and Metro Voices LLC, a New York limited liability company (the "Programmer").',
  'The Station Owner operates the Station under licences issued by the Federal Communications Commission.',
  'The Programmer shall supply programming for broadcast on the Station twenty-four hours a day, and the Station Owner shall broadcast it.',
  'The Programmer shall pay the Station Owner a monthly fee of USD 20,000 within ten days after the end of each month.',
  'This Agreement is governed by the laws of the State of Illinois.',
].join('\n');

describe('the IP checklist on a deal that develops and licenses nothing', () => {
  it.each([
    ['custom-development', 'developer', OPERATION],
    ['custom-development', 'customer', OPERATION],
    ['joint-development', 'technology-owner', CONSORTIUM],
    ['joint-development', 'co-developer', CONSORTIUM],
    ['technology-license', 'licensor', PROGRAMMING],
    ['technology-license', 'licensee', PROGRAMMING],
  ] as const)('%s as %s: no IP term is raised, and one note below low says why', (scenario, role, text) => {
    expect(ipRaised(text, scenario, role)).toEqual([]);
    const notes = findings(text, scenario, role).filter((f) => f.severity === 'info');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toBe('IP terms not checked: the draft develops and licenses nothing');
    expect(notes[0]!.why).toMatch(/^Nothing in the draft develops, researches or designs anything, .* So its silence on .+ was not raised\./);
  });

  it('does not raise the licence territory where nothing is licensed, for either side', () => {
    for (const role of ['licensor', 'licensee'] as const) expect(findings(PROGRAMMING, 'technology-license', role).filter((f) => f.topic === 'territory' && f.severity !== 'info')).toEqual([]);
  });

  it('still raises the terms every deal needs', () => {
    expect(findings(CONSORTIUM, 'joint-development', 'co-developer').map((f) => f.topic)).toEqual(expect.arrayContaining(['confidentiality', 'governing-law']));
  });

  it('says why in Chinese too', () => {
    const note = findings(OPERATION, 'custom-development', 'customer', 'zh-CN').find((f) => f.severity === 'info');
    expect(note?.message).toBe('未检查知识产权条款：草案不涉及开发或许可');
    expect(note?.why).toContain('成果归属');
  });

  it.each([
    ['developer', ['background-ip', 'foreground-ip']],
    ['customer', ['foreground-ip', 'background-license']],
  ] as const)('raises them again as %s once the operator is to write software', (role, topics) => {
    expect(ipRaised(WITH_SOFTWARE, 'custom-development', role)).toEqual(expect.arrayContaining([...topics]));
    expect(findings(WITH_SOFTWARE, 'custom-development', role).filter((f) => f.severity === 'info')).toEqual([]);
  });

  it.each(['technology-owner', 'co-developer'] as const)('raises them as %s where the consortium also develops a new design', (role) => {
    const text = `${CONSORTIUM}\nThe Parties shall jointly develop a new repeater design for the Cable System.`;
    expect(ipRaised(text, 'joint-development', role)).toEqual(expect.arrayContaining(['background-ip', 'foreground-ip']));
  });

  it.each(['licensor', 'licensee'] as const)('raises them as %s where the station owner grants a licence of its marks', (role) => {
    const text = `${PROGRAMMING}\nThe Station Owner grants the Programmer a non-exclusive licence to use the Station's call letters and logo in promoting the programming.`;
    expect(findings(text, 'technology-license', role).filter((f) => f.severity === 'info')).toEqual([]);
    expect(ipRaised(text, 'technology-license', role).length + findings(text, 'technology-license', role).filter((f) => f.topic === 'territory').length).toBeGreaterThan(0);
  });
});

// A joint venture to develop software, with no IP clause at all.
const VENTURE = [
  'JOINT VENTURE AGREEMENT',
  'This Agreement is made between Northgate Data Inc., a Nevada corporation, and Qiantang Software Co., Ltd., a company incorporated in the People\'s Republic of China.',
  'The purpose of the Venture is to develop and market a lending platform for small businesses.',
  'Each Member shall contribute the capital set out in Schedule A within thirty days after the date of this Agreement.',
  'Profits and losses of the Venture shall be allocated to the Members in proportion to their capital contributions.',
].join('\n');

describe('a draft with no IP clause at all', () => {
  it.each(['technology-owner', 'co-developer'] as const)('as %s, names the missing IP terms in one finding on results ownership', (role) => {
    const ip = findings(VENTURE, 'joint-development', role).filter((f) => IP_TOPICS.includes(f.topic));
    const results = ip.filter((f) => f.topic === 'foreground-ip');
    expect(results).toHaveLength(1);
    expect(results[0]!.severity).toBe('high');
    expect(results[0]!.message).toMatch(/^No IP clause: nothing says who owns the results, nor anything on improvements, use of results and patent prosecution$/);
    expect(ip.map((f) => f.topic)).not.toEqual(expect.arrayContaining(['improvements']));
    expect(ip.map((f) => f.topic)).not.toContain('results-use');
    expect(ip.map((f) => f.topic)).not.toContain('patent-prosecution');
    // What each side keeps, and may use, of its own IP is a question of its own.
    expect(ip.map((f) => f.topic)).toContain('background-ip');
  });

  it('words the one finding in Chinese', () => {
    const results = findings(VENTURE, 'joint-development', 'co-developer', 'zh-CN').find((f) => f.topic === 'foreground-ip');
    expect(results?.message).toBe('缺少知识产权条款：未写明成果归谁所有，也未约定改进成果、成果使用和专利申请与维持');
  });

  it.each(['technology-owner', 'co-developer'] as const)('as %s, raises each on its own where the draft has an IP clause', (role) => {
    const text = `${VENTURE}\nEach Member shall retain all right, title and interest in and to its own intellectual property.`;
    const topics = findings(text, 'joint-development', role).map((f) => f.topic);
    expect(topics).toEqual(expect.arrayContaining(['foreground-ip', 'improvements', 'results-use']));
    expect(findings(text, 'joint-development', role).find((f) => f.topic === 'foreground-ip')?.message).toBe('Nothing says who owns the results');
  });
});
