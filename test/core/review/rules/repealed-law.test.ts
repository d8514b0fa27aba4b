// A statute cited as the contract's basis after its repeal: the Contract Law after the Civil Code, the
// Data Protection Act 1998 after the Act of 2018. Quiet where the text tells the law's history or cites
// the law now in force, and on a law of like name still in force (the Labour Contract Law).
import { repealedLaw } from '../../../../src/core/review/rules/repealed-law';
import { makeContext } from './make-context';

const found = (text: string) => repealedLaw(makeContext(text)).map((f) => f.message);

describe('a repealed law cited as in force', () => {
  it('names each repealed law with the one now in force', () => {
    expect(found('根据《中华人民共和国合同法》及有关规定，双方经协商一致，订立本合同。第八条 本合同的担保适用《担保法》。')).toEqual([
      'A repealed law cited as in force (2): 《中华人民共和国合同法》 → 《中华人民共和国民法典》 and 《中华人民共和国担保法》 → 《中华人民共和国民法典》',
    ]);
    expect(found('依据中华人民共和国技术合同法的规定，双方就本项目的技术服务签订本合同。')).toHaveLength(1);
    expect(found('违约方应当按技术合同法第四十六条和技术合同法实施条例第八十六条的规定承担违约责任。')).toEqual([
      'A repealed law cited as in force (2): 《中华人民共和国技术合同法》 → 《中华人民共和国民法典》 and 《技术合同法实施条例》 → 《中华人民共和国民法典》',
    ]);
    expect(found('Each party shall comply with the Data Protection Act 1998 in processing the Personal Data.')).toEqual([
      'A repealed law cited as in force (1): Data Protection Act 1998 → Data Protection Act 2018 and UK GDPR',
    ]);
  });

  it('is quiet on history, on the law in force, and on a law of like name', () => {
    expect(found('双方原依据《合同法》签订的协议自本合同生效之日起终止。')).toEqual([]);
    expect(found('《合同法》已于2021年1月1日废止，双方同意本合同适用现行法律。')).toEqual([]);
    expect(found('根据《中华人民共和国民法典》订立本合同；双方于2019年依《合同法》订立的原协议同时终止。')).toEqual([]);
    expect(found('乙方应依照《中华人民共和国劳动合同法》与其员工签订劳动合同，并按劳动合同法第八十二条的规定承担责任。')).toEqual([]);
    expect(found('Regulation (EU) 2016/679, repealing Directive 95/46/EC, governs the processing.')).toEqual([]);
  });
});
