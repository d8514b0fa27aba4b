import { defineMessages } from '../define';

/**
 * fix.blank.*: what a fixing clause shows where the draft does not give a fact the clause needs.
 * Plain words in brackets, for the reader to complete; never the library's internal names.
 */
export const fix = defineMessages(
  {
    'fix.blank.A': '[name of the party sharing the technology]',
    'fix.blank.B': '[name of the other party]',
    'fix.blank.purpose': '[purpose]',
    'fix.blank.samples': '[description of the samples]',
    'fix.blank.field': '[field of use]',
    'fix.blank.products': '[products]',
    'fix.blank.customers': '[customers]',
    'fix.blank.territory': '[territory]',
    'fix.blank.termMonths': '[number of months]',
    'fix.blank.exclusivityMonths': '[number of months]',
    'fix.blank.minimumQuantity': '[quantity]',
    'fix.blank.returnDays': '[number of days]',
    'fix.blank.survivalYears': '[number of years]',
    'fix.blank.governingLaw': '[governing law]',
    'fix.blank.forum': '[courts or arbitration]',
    'fix.blank.royaltyPercent': '[royalty rate]',
    'fix.blank.liabilityCap': '[amount and currency]',
    'fix.blank.section': '[section on {topic}]',
    'fix.blank.schedule': '[schedule on {title}]',
  },
  {
    'fix.blank.A': '【提供技术一方的名称】',
    'fix.blank.B': '【另一方的名称】',
    'fix.blank.purpose': '【目的】',
    'fix.blank.samples': '【样品说明】',
    'fix.blank.field': '【使用领域】',
    'fix.blank.products': '【产品】',
    'fix.blank.customers': '【客户】',
    'fix.blank.territory': '【地域】',
    'fix.blank.termMonths': '【月数】',
    'fix.blank.exclusivityMonths': '【月数】',
    'fix.blank.minimumQuantity': '【数量】',
    'fix.blank.returnDays': '【天数】',
    'fix.blank.survivalYears': '【年数】',
    'fix.blank.governingLaw': '【适用法律】',
    'fix.blank.forum': '【法院或仲裁机构】',
    'fix.blank.royaltyPercent': '【许可费率】',
    'fix.blank.liabilityCap': '【金额和币种】',
    'fix.blank.section': '【关于{topic}的条款】',
    'fix.blank.schedule': '【关于{title}的附件】',
  },
);
