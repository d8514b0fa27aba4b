// The Chinese wording of an export bar on foreign nationals that binds us (出口管制, 再出口, 外国人员, 非美国公民,
// 视同出口): high where it reaches our own staff, medium otherwise; quiet where it binds only the other
// side, and where it only restates the law.
import { exportForeignStaff } from '../../../../src/core/review/rules/export-foreign-staff';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = ['技术许可合同', '许可方：美国雷德蒙半导体公司（一家依照美国特拉华州法律设立的公司）', '被许可方：深圳澜海微电子有限公司'].join('\n');
const run = (term: string, role: RoleId = 'licensee') =>
  exportForeignStaff(makeContext([OPENING, term].join('\n'), { scenario: 'technology-license', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a Chinese export clause that bars our own foreign staff', () => {
  it('fires high where the bar reaches our own employees, or is an export deemed made at home', () => {
    expect(run('第十一条 被许可方不得向任何非美国公民披露许可技术的技术资料，无论该人员是否为被许可方的员工。')).toEqual(['one-sided.export-foreign-staff high']);
    expect(run('第十一条 未经美国政府事先许可，被许可方不得进行任何构成视同出口或再出口的技术释放。')).toEqual(['one-sided.export-foreign-staff high']);
  });
  it('fires medium where it bars any foreign national under the US export law', () => {
    expect(run('第十一条 许可技术受美国出口管制，被许可方不得允许任何外国国民接触许可技术或其任何部分。')).toEqual(['one-sided.export-foreign-staff medium']);
    // 外籍员工 is the foreigner barred, not our own staff named beside it.
    expect(run('第十一条 许可技术受美国出口管制，被许可方不得向任何外籍员工提供许可技术的技术资料。')).toEqual(['one-sided.export-foreign-staff medium']);
  });
  it('stays quiet where 外国, 外籍 mean people who are not Chinese, with no US export law named', () => {
    expect(run('第十一条 被许可方不得允许任何外国国民接触许可技术或其任何部分。')).toEqual([]);
    expect(run('第十一条 未经许可方书面同意，被许可方不得向任何外籍员工提供许可技术的技术资料。')).toEqual([]);
    // China's own export-control law makes foreigners people who are not Chinese; export control unnamed still fires.
    expect(run('第十一条 许可技术属于《中华人民共和国出口管制法》管控的物项，被许可方不得允许任何外国人员接触许可技术。')).toEqual([]);
    expect(run('第十一条 许可技术受我国出口管制，被许可方不得向任何外籍员工提供许可技术的技术资料。')).toEqual([]);
    expect(run('第十一条 许可技术受出口管制，被许可方不得允许任何外国国民接触许可技术。')).toEqual(['one-sided.export-foreign-staff medium']);
  });
  it('stays quiet where the bar binds only the other side', () => {
    expect(run('第十一条 许可方不得向任何外国人员披露被许可方提供的产品资料。')).toEqual([]);
  });
  it('stays quiet where it only restates the export laws', () => {
    expect(run('第十一条 被许可方不得违反美国出口管制法律向外国人员提供或再出口许可技术。')).toEqual([]);
    expect(run('第十一条 除取得所需的出口许可外，被许可方不得向外国国民转让许可技术。')).toEqual([]);
  });
  it('stays quiet for the licensor', () => {
    expect(run('第十一条 被许可方不得允许任何外国国民接触许可技术或其任何部分。', 'licensor')).toEqual([]);
  });
});
