// Review of Chinese drafts: sentences and sections, parties and sides, topics and the main findings.
// The drafts in test/fixtures/zh are written for these tests in the language of PRC technology-contract
// templates: the Ministry of Science and Technology model contracts (技术开发（委托）合同, 技术开发（合作）
// 合同, 技术转让（专利实施许可）合同) and the usual 保密协议, 样品测试协议, 经销协议 and 代理协议 forms.
// Eleven drafts: seven the Chinese detectors were written beside, and four held out (held-out/), written
// after them. Party names and facts are invented; each expected.json lists the topics a draft deals with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext, fromText, review, segment } from '../../../src/core/review';
import type { RoleId } from '../../../src/core/scenarios';
import { TOPIC_IDS, type TopicId } from '../../../src/core/topics';
import { library as LIBRARY, playbooks as PLAYBOOKS } from '../../support/review-as-side';

const DIR = path.join(__dirname, '../../fixtures/zh');

const draft = (file: string): string => readFileSync(path.join(DIR, file), 'utf8');
const reviewed = (text: string, role: RoleId, locale: 'en' | 'zh-CN' = 'en') =>
  review(fromText(text), { role, library: LIBRARY, playbooks: PLAYBOOKS, locale });
const rules = (text: string, role: RoleId) => reviewed(text, role).findings.map((f) => f.rule);

describe('Chinese sentences and sections', () => {
  const doc = fromText(['第六条 保密', '6.1乙方应当对保密信息严格保密；未经甲方书面同意，不得向任何第三方披露。The Recipient shall keep it secret. It shall not copy it.', '二、保密义务', '（一）接收方应当采取合理的保护措施；'].join('\n'));
  const { sections, sentences } = segment(doc);

  it('numbers 第X条, 一、, （一） and 1.1 as sections, with the short line after 第X条 as its heading', () => {
    expect(sections.map((s) => [s.label, s.heading])).toEqual([
      ['6', '保密'],
      ['6.1', undefined],
      ['2', '保密义务'],
      ['2(1)', undefined],
    ]);
  });

  it('ends sentences at 。 and ；, splits the English inside, and files 6.1 under the heading of 第六条', () => {
    const body = sentences.filter((s) => s.paragraph === 1);
    expect(body.map((s) => s.text)).toEqual([
      '6.1乙方应当对保密信息严格保密；',
      '未经甲方书面同意，不得向任何第三方披露。',
      'The Recipient shall keep it secret.',
      'It shall not copy it.',
    ]);
    expect(body.every((s) => s.section === '6.1' && s.heading === '保密')).toBe(true);
    for (const s of body) expect(doc.paragraphs[1]!.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('Chinese parties', () => {
  it.each([
    ['sample-testing.txt', [['深圳市华锂新能源科技有限公司', '甲方'], ['Rheinwerk Antriebstechnik GmbH', '乙方']]],
    ['exclusive-distribution.txt', [['杭州远川电气有限公司', '甲方'], ['Meridian Power Distribution Pte. Ltd.', '乙方']]],
    ['nda.txt', [['广州星河动力科技有限公司', '披露方'], ['Lumen Mobility Ltd.', '接收方']]],
  ])('%s: each party with its short name', (file, parties) => {
    const { ctx } = buildContext(fromText(draft(file)));
    expect(ctx.parties.map((p) => [p.name, p.shortName])).toEqual(parties);
  });

  it('reads names introduced in a running opening by their naming brackets, not the deal\'s own defined terms', () => {
    const opening = [
      '技术秘密许可合同',
      '本合同由北京某某科技有限公司（以下简称“许可方”）与 Acme Coatings Ltd.（以下简称“被许可方”）于2026年1月1日在北京签订。',
      '鉴于许可方拥有某项涂料固化技术（以下简称“该技术”），被许可方希望获得该技术的使用许可。',
    ].join('\n');
    expect(buildContext(fromText(opening)).ctx.parties).toEqual([
      { name: '北京某某科技有限公司', shortName: '许可方' },
      { name: 'Acme Coatings Ltd.', shortName: '被许可方' },
    ]);
  });

  it('maps role words to sides both ways round: 甲方（评估方） is the evaluator, 委托方 in a development contract the customer', () => {
    // The evaluator's improvements to the provider: in product-evaluation the labels run the other way.
    const evaluation = draft('held-out/product-evaluation.txt') + '\n七、改进\n甲方基于评估样品所作的改进，归乙方所有。';
    expect(rules(evaluation, 'evaluator')).toContain('one-sided.assignment');
    expect(rules(evaluation, 'provider')).not.toContain('one-sided.assignment');
    const commissioned = draft('commissioned-development.txt');
    expect(rules(commissioned, 'developer')).toContain('one-sided.assignment');
    expect(rules(commissioned, 'customer')).not.toContain('one-sided.assignment');
  });
});

describe('Chinese topics on the drafts', () => {
  interface Expected {
    contracts: { file: string; present: TopicId[] }[];
  }
  const sets = ['', 'held-out/'].flatMap((dir) =>
    (JSON.parse(draft(`${dir}expected.json`)) as Expected).contracts.map((c) => ({ ...c, file: `${dir}${c.file}` })),
  );

  it('has eleven drafts covering all six scenarios', () => {
    expect(sets).toHaveLength(11);
    const scenarios = new Set(sets.map((c) => buildContext(fromText(draft(c.file))).ctx.scenario));
    expect(scenarios.size).toBe(6);
  });

  it.each(sets.map((c) => [c.file, c] as const))('%s: the topics it deals with and no others', (_file, c) => {
    const { ctx } = buildContext(fromText(draft(c.file)));
    const found = TOPIC_IDS.filter((id) => ctx.topics[id].present);
    expect(found.sort()).toEqual([...c.present].sort());
    // Evidence quotes the Chinese text at its offsets.
    for (const id of found) {
      for (const e of ctx.topics[id].evidence) expect(ctx.doc.paragraphs[e.paragraph]!.text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  // Other common ways PRC templates say each term, beyond the drafts.
  it.each([
    ['confidentiality', '双方应对本合同的内容及履行过程中知悉的对方技术资料保密。'],
    ['no-reverse-engineering', '乙方不得对样品进行逆向分析，也不得委托他人进行。'],
    ['results-use', '双方确定，委托开发完成的技术秘密成果的使用权、转让权以及利益的分配办法如下。'],
    ['continuing-rights', '本协议终止后，乙方可继续使用本协议期间已经取得的研究成果。'],
    ['survival', '合同终止后两年内，双方均应遵守本合同的保密约定。'],
    ['exclusivity', '甲方授予乙方在中国境内独家销售产品的权利。'],
    ['territory', '甲方授予乙方在中国境内独家销售产品的权利。'],
    ['purpose-limitation', '乙方不得将甲方提供的技术资料用于本合同以外的目的。'],
    ['governing-law', '本合同受中华人民共和国法律管辖并依其解释。'],
    ['export-control', '双方应当遵守《中华人民共和国出口管制法》的规定。'],
    ['publication', '未经甲方书面同意，乙方不得发表与本项目有关的论文。'],
    // The licence as the right to use that is bought, or that the contract is about.
    ['background-license', '乙方同意分三期付款，购买使用甲方该项发酵工艺的权利。'],
    ['background-license', '本合同的标的是使用许可方所拥有的，与图像压缩有关的技术和诀窍的权利。'],
  ] as const)('%s: read in another common wording (%s)', (id, text) => {
    expect(buildContext(fromText(text)).ctx.topics[id as TopicId].present).toBe(true);
  });

  it.each([
    ['exclusivity', '甲方授予乙方使用甲方商标的非独占许可。'],
    ['governing-law', '双方应当遵守适用的出口管制法律法规。'],
    ['patent-prosecution', '对方有权要求推迟发表以便申请专利。'],
    ['return-or-destroy', '本协议终止后，乙方可以按照退货政策退还存在缺陷的产品。'],
    ['continuing-rights', '合同期满后，乙方不得继续使用该技术秘密。'],
    ['confidentiality', '对方有权要求删除其中的保密信息。'],
    ['purpose-limitation', '乙方应当仅向为测试目的需要知悉保密信息的员工披露保密信息。'],
    ['test-data', '“保密信息”是指披露方披露的技术信息，包括配方、图纸和测试数据。'],
    ['background-license', '甲方保留向第三方转让使用该项工艺的权利。'],
    ['background-license', '乙方未取得使用该软件的权利之前，不得安装该软件。'],
  ] as const)('%s: not read into a near miss (%s)', (id, text) => {
    expect(buildContext(fromText(text)).ctx.topics[id as TopicId].present).toBe(false);
  });
});

describe('findings on Chinese drafts', () => {
  it('joint ownership with nothing on exploiting, licensing or sharing, quoted in Chinese at its offsets', () => {
    const result = reviewed(draft('joint-development.txt'), 'co-developer');
    const joint = result.findings.find((f) => f.rule === 'ambiguous.joint-ownership')!;
    expect(joint.message).toBe('"Jointly owned" without co-ownership terms');
    expect(joint.section).toBe('4.1');
    expect(joint.evidence[0]!.text).toContain('由双方共同所有');
    const doc = fromText(draft('joint-development.txt'));
    expect(doc.paragraphs[joint.evidence[0]!.paragraph]!.text.slice(joint.evidence[0]!.start, joint.evidence[0]!.end)).toBe(joint.evidence[0]!.text);
    // Co-owners' rules on exploiting, licensing and fees settle it.
    expect(rules(draft('cooperative-development.txt'), 'co-developer')).not.toContain('ambiguous.joint-ownership');
  });

  it('China as the territory without Hong Kong, Macau and Taiwan; the mainland with them excluded is fine', () => {
    const found = reviewed(draft('exclusive-distribution.txt'), 'distributor', 'zh-CN').findings.find((f) => f.rule === 'ambiguous.china-territory');
    expect(found?.message).toBe('提及中国，但未说明是否包括香港、澳门和台湾');
    expect(found?.evidence[0]!.text).toBe('1.2 “区域”是指中华人民共和国境内。');
    expect(rules(draft('patent-license.txt'), 'licensee')).not.toContain('ambiguous.china-territory');
  });

  it('a territory used as a term and never defined', () => {
    const text = draft('exclusive-distribution.txt').replace('1.2 “区域”是指中华人民共和国境内。\n', '');
    const found = reviewed(text, 'distributor', 'zh-CN').findings.find((f) => f.rule === 'ambiguous.territory-undefined');
    expect(found?.message).toBe('使用了“区域”，但未定义其地理范围');
    expect(rules(draft('exclusive-distribution.txt'), 'distributor')).not.toContain('ambiguous.territory-undefined');
  });

  it('residuals (残留信息) against the discloser, not the recipient', () => {
    expect(rules(draft('nda.txt'), 'discloser')).toContain('one-sided.residuals');
    expect(rules(draft('nda.txt'), 'recipient')).not.toContain('one-sided.residuals');
  });

  it('the licensee\'s improvements handed to the licensor: a grant-back with the PRC note; the licensor\'s own stay quiet', () => {
    const result = reviewed(draft('patent-license.txt'), 'licensee');
    const back = result.findings.find((f) => f.rule === 'one-sided.assignment')!;
    expect(back.message).toBe('Improvements you make are assigned to the other side');
    expect(back.why).toContain('Civil Code art. 850');
    expect(back.evidence.map((e) => e.text)).toEqual(['6.1 乙方对许可专利所作的后续改进，其知识产权归甲方所有，乙方应当无偿将改进技术提供给甲方。']);
    expect(rules(draft('patent-license.txt'), 'licensor')).not.toContain('one-sided.assignment');
  });

  it('a ban on the licensee improving the licensed patent: a finding with the PRC note, for the licensee only', () => {
    const grantBack = '6.1 乙方对许可专利所作的后续改进，其知识产权归甲方所有，乙方应当无偿将改进技术提供给甲方。';
    const banned = draft('patent-license.txt').replace(grantBack, '6.1 未经甲方书面同意，乙方不得对许可专利进行任何改进或二次开发。');
    const ban = reviewed(banned, 'licensee').findings.find((f) => f.rule === 'one-sided.improvement-ban');
    expect(ban).toMatchObject({ severity: 'medium', evidence: [{ text: '6.1 未经甲方书面同意，乙方不得对许可专利进行任何改进或二次开发。' }] });
    expect(ban!.why).toContain('Civil Code art. 850');
    expect(rules(banned, 'licensor')).not.toContain('one-sided.improvement-ban');
    const allowed = draft('patent-license.txt').replace(grantBack, '6.1 乙方可以对许可专利进行改进，改进成果归乙方所有。');
    expect(rules(allowed, 'licensee')).not.toContain('one-sided.improvement-ban');
    expect(rules(draft('patent-license.txt'), 'licensee')).not.toContain('one-sided.improvement-ban');
  });

  it('raises what the playbook needs and the draft lacks, at the Chinese section where it belongs', () => {
    const full = draft('sample-testing.txt');
    expect(rules(full, 'provider')).not.toContain('missing');
    const cut = full.replace('3.2 乙方不得对样品进行拆解、反向工程或者化学成分分析，也不得允许任何第三方从事上述行为。\n', '');
    const missing = reviewed(cut, 'provider', 'zh-CN').findings.find((f) => f.topic === 'no-reverse-engineering');
    expect(missing).toMatchObject({ rule: 'missing', message: '缺少禁止反向工程条款' });
    expect(missing?.evidence[0]?.text).toBe('第三条 样品的使用限制');
  });
});

describe('Chinese party lines and periods', () => {
  const text = [
    '样品测试协议',
    '甲方：深圳市锂能科技有限公司，住所：广东省深圳市南山区科技园',
    '乙方：Nordvolt AB，住所：瑞典斯德哥尔摩',
    '第一条 样品',
    '甲方向乙方提供电池样品，供乙方在其实验室进行性能测试。',
    '第二条 测试结果',
    '乙方进行测试所产生的全部数据和报告，均归乙方所有。',
    '第三条 保密',
    '乙方应对甲方提供的技术资料保密，保密期限为两年。',
  ].join('\n');

  it('takes the name from a party line that runs on with its address', () => {
    const { ctx } = buildContext(fromText(text));
    expect(ctx.parties.map((p) => [p.name, p.shortName])).toEqual([
      ['深圳市锂能科技有限公司', '甲方'],
      ['Nordvolt AB', '乙方'],
    ]);
  });

  it('reads who owns the test data when the data are "produced by the testing"', () => {
    const { ctx } = buildContext(fromText(text));
    expect(ctx.topics['test-data'].present).toBe(true);
  });

  it('finds a confidentiality period of a few years for the provider, not for the evaluator or at ten years', () => {
    expect(rules(text, 'provider')).toContain('one-sided.short-confidentiality');
    expect(rules(text, 'evaluator')).not.toContain('one-sided.short-confidentiality');
    expect(rules(text.replace('两年', '十年'), 'provider')).not.toContain('one-sided.short-confidentiality');
    // A date is no period: "自2025年1月1日起保密".
    expect(rules(text.replace('保密期限为两年', '保密期限自2025年1月1日起算，至该信息公开之日止'), 'provider')).not.toContain('one-sided.short-confidentiality');
  });
});
