/**
 * Statutes a contract still cites after they were repealed, each with the law now in force. Only laws
 * whose repeal is certain are listed: the Civil Code (民法典, in force 1 January 2021, Article 1260)
 * repealed the Contract Law and the other civil laws; the Contract Law had itself repealed the three
 * contract laws before it on 1 October 1999; the Foreign Investment Law (1 January 2020) repealed the
 * three laws on foreign-invested enterprises. In English, the GDPR repealed Directive 95/46/EC (25 May
 * 2018) and the UK's Data Protection Act 2018 replaced the Act of 1998.
 */
export interface RepealedLaw {
  /** The short name as the Chinese text writes it inside 《》 or after 中华人民共和国, or the English citation. */
  name: string;
  /** The citation shown to the reader. */
  cited: string;
  /** The law now in force, as shown to the reader. */
  now: string;
  /** A citation of the law now in force: where the draft already cites it, the old name is history or transition. */
  nowCited: RegExp;
}

const CIVIL_CODE = { now: '《中华人民共和国民法典》', nowCited: /民法典/ };
const FOREIGN_INVESTMENT = { now: '《中华人民共和国外商投资法》', nowCited: /外商投资法/ };

export const ZH_REPEALED: readonly RepealedLaw[] = [
  // The Technology Contract Law's implementing rules (1989) fell with it; listed before the law it starts with.
  { name: '技术合同法实施条例', cited: '《技术合同法实施条例》', ...CIVIL_CODE },
  ...['合同法', '经济合同法', '涉外经济合同法', '技术合同法', '担保法', '物权法', '民法通则', '民法总则', '侵权责任法'].map(
    (name) => ({ name, cited: `《中华人民共和国${name}》`, ...CIVIL_CODE }),
  ),
  ...['中外合资经营企业法', '中外合作经营企业法', '外资企业法'].map((name) => ({ name, cited: `《中华人民共和国${name}》`, ...FOREIGN_INVESTMENT })),
];

export const EN_REPEALED: readonly RepealedLaw[] = [
  {
    name: 'Data Protection Act 1998',
    cited: 'Data Protection Act 1998',
    now: 'Data Protection Act 2018 and UK GDPR',
    nowCited: /Data Protection Act 2018|GDPR|General Data Protection Regulation|2016\/679/,
  },
  {
    name: 'Directive 95/46/EC',
    cited: 'Directive 95/46/EC',
    now: 'Regulation (EU) 2016/679 (GDPR)',
    nowCited: /GDPR|General Data Protection Regulation|2016\/679/,
  },
];
