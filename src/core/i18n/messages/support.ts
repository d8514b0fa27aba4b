import { defineMessages } from '../define';

/** The support page the manifest points to (SupportUrl, LearnMoreUrl): src/support. */
export const support = defineMessages(
  {
    'support.title': 'Clausewright support',
    'support.what.heading': 'What Clausewright does',
    'support.what.body':
      "Clausewright builds the IP and cooperation terms of a technology deal from vetted clauses, and reviews a counterparty's draft for terms that are missing, vague or one-sided. Open it from Deal terms on Word's Home tab.",
    'support.needs.heading': 'What it needs',
    'support.needs.body':
      'Word 2016 or later on Windows, Word for Mac, Word on the web or Word for iPad. Comments, fixes as tracked changes and the check of inserted clauses need a current version of Word; naming who made each tracked change needs a recent one. Where your Word lacks a feature, the panel says so beside it.',
    'support.privacy.heading': 'Your documents',
    'support.privacy.body':
      'Clausewright reads and edits the open document inside Word and sends it to no server. The clause library is loaded from the address your organisation sets.',
    'support.help.heading': 'Getting help',
    'support.help.body':
      'Your organisation makes Clausewright available to you. For access, for the clause library, or when a finding looks wrong, contact the administrator who deployed it. Include your version of Word (File > Account > About Word) and the message the panel showed.',
    'support.workspace': 'Without Word, open a .docx in the Clausewright workspace.',
  },
  {
    'support.title': 'Clausewright 支持',
    'support.what.heading': 'Clausewright 的用途',
    'support.what.body':
      'Clausewright 用经审定的条款起草技术交易中的知识产权与合作条款，并审阅对方草稿中缺失、含糊或单方面的条款。请在 Word“开始”选项卡上点击“交易条款”打开。',
    'support.needs.heading': '使用要求',
    'support.needs.body':
      'Windows 上的 Word 2016 或更高版本、Mac 版 Word、Word 网页版或 iPad 版 Word。添加批注、以修订方式应用修改以及检查已插入的条款需要较新的 Word 版本；列出每处修订的作者需要最新版本。如果您的 Word 缺少某项功能，面板会在该功能旁说明。',
    'support.privacy.heading': '您的文档',
    'support.privacy.body': 'Clausewright 在 Word 内读取和编辑当前打开的文档，不会将其发送到任何服务器。条款库从贵组织设定的地址加载。',
    'support.help.heading': '获取帮助',
    'support.help.body':
      'Clausewright 由贵组织提供给您使用。如需开通、了解条款库，或认为某项审阅结果有误，请联系部署该加载项的管理员，并提供您的 Word 版本（文件 > 帐户 > 关于 Word）以及面板显示的消息。',
    'support.workspace': '没有 Word 时，可在 Clausewright 工作区中打开 .docx 文件。',
  },
);
