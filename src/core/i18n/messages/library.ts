import { defineMessages } from '../define';

export const library = defineMessages(
  {
    'library.where.clause': 'clause "{id}"',
    'library.where.variant': 'variant "{id}"',
    'library.where.field': 'field "{field}"',

    'library.zod.missing': 'this field is missing.',
    'library.zod.unknownKey': '"{keys}" is not a field this file can have. Check the spelling.',
    'library.zod.oneOf': '"{value}" is not allowed here. Use one of: {values}.',
    'library.zod.type': 'this should be a {expected}, but it is "{value}".',
    'library.zod.invalid': 'this value is not valid: "{value}".',

    'library.field.id': 'an id uses lower-case letters, digits and single hyphens, such as "sample-ownership" (found "{value}").',
    'library.field.text': 'this text is missing or empty.',
    'library.field.version': 'a version is three numbers such as "1.0.0" (found "{value}").',
    'library.field.topic': '"{value}" is not a topic. Use one of: {values}.',
    'library.field.term': 'a defined term is capitalised words such as "Background IP" (found "{value}").',
    'library.field.scenario': '"{value}" is not a scenario. Use one of: {values}.',
    'library.field.stance': 'the stance must be protective, balanced or fallback (found "{value}").',
    'library.field.answerValue': 'answer values are written as text, such as "joint" or "yes" (found "{value}").',
    'library.field.order': 'the order is a whole number of zero or more (found "{value}").',
    'library.field.variants': 'a clause needs at least one variant.',

    'library.file.unknown': 'this file is not part of the library format: put clauses in clauses/, scenarios in scenarios/.',
    'library.file.nameMismatch': 'the file name must match the id inside it ("{id}").',
    'library.file.missing': 'this file is missing from the library.',
    'library.file.unreadable': 'this file cannot be read as YAML or JSON: {error}',

    'library.term.duplicate': '"{term}" is defined more than once.',
    'library.term.preamble': '"{term}" is defined by the opening words of every agreement; remove it here.',
    'library.term.undefined': '"{term}" is listed as a defined term but definitions.yaml does not define it.',
    'library.term.unlisted': 'the text uses the defined term "{term}" but the variant\'s terms list does not name it.',
    'library.term.unused': 'the terms list names "{term}" but the text does not use it.',

    'library.placeholder.unknown': '{token} is not a placeholder the builder can fill. See src/core/library/placeholders.ts for the list.',
    'library.placeholder.frame': '{token} cannot be used here. Use only: {allowed}.',
    'library.placeholder.refInDefinition': '{token}: a definition cannot refer to a section number.',
    'library.placeholder.refNotRequired': '{token} refers to clause "{id}", which this variant must list under requires so it is always in the agreement.',

    'library.scenario.duplicate': 'the scenario "{id}" is described in more than one file.',
    'library.scenario.roles': 'the roles must be, in this order: {expected} (found: {actual}).',
    'library.scenario.unknownRole': '"{role}" is not a role in this scenario. Use one of: {roles}.',
    'library.scenario.bothLists': 'the topic "{topic}" is both required and recommended; keep it in one list.',
    'library.scenario.noPlaybook': 'there is no playbook for the role "{role}".',

    'library.clause.duplicate': 'another file ({other}) already uses this clause id.',

    'library.variant.duplicate': 'this clause has two variants with this id.',
    'library.variant.unknownRole': '"{role}" is not a role in the scenarios this variant applies to. Use one of: {roles}.',
    'library.variant.unknownAnswer': '"{name}" is not a questionnaire answer a variant can depend on. Use one of: {names}.',
    'library.variant.unknownAnswerValue': '"{value}" is not a possible answer for "{name}". Use one of: {values}.',
    'library.variant.self': 'a clause cannot name itself under {list}.',
    'library.variant.unknownClause': '{list} names "{id}", but the library has no clause with that id.',
    'library.variant.requiresAndExcludes': '"{id}" is both required and excluded.',

    'library.text.subclauseFirst': 'the text starts with a sub-clause such as "(a)"; start with the paragraph it belongs to.',
    'library.text.sectionNumber': 'the text names a section by number, which changes from one agreement to the next; write {{ref:CLAUSE-ID}} and list that clause under requires.',
  },
  {
    'library.where.clause': '条款"{id}"',
    'library.where.variant': '版本"{id}"',
    'library.where.field': '字段"{field}"',

    'library.zod.missing': '缺少此字段。',
    'library.zod.unknownKey': '"{keys}"不是此文件可以包含的字段，请检查拼写。',
    'library.zod.oneOf': '此处不允许"{value}"，请使用以下之一：{values}。',
    'library.zod.type': '此处应为{expected}，实际为"{value}"。',
    'library.zod.invalid': '此值无效："{value}"。',

    'library.field.id': '编号只能使用小写字母、数字和单个连字符，例如"sample-ownership"（现为"{value}"）。',
    'library.field.text': '此处文字缺失或为空。',
    'library.field.version': '版本号由三个数字组成，例如"1.0.0"（现为"{value}"）。',
    'library.field.topic': '"{value}"不是有效的主题，请使用以下之一：{values}。',
    'library.field.term': '定义术语应为首字母大写的英文词语，例如"Background IP"（现为"{value}"）。',
    'library.field.scenario': '"{value}"不是有效的交易场景，请使用以下之一：{values}。',
    'library.field.stance': '立场只能是 protective、balanced 或 fallback（现为"{value}"）。',
    'library.field.answerValue': '答案取值应写成文字，例如"joint"或"yes"（现为"{value}"）。',
    'library.field.order': '排序值应为零或正整数（现为"{value}"）。',
    'library.field.variants': '每个条款至少需要一个版本。',

    'library.file.unknown': '此文件不属于条款库格式：条款放在 clauses/，场景放在 scenarios/。',
    'library.file.nameMismatch': '文件名必须与文件内的编号一致（"{id}"）。',
    'library.file.missing': '条款库缺少此文件。',
    'library.file.unreadable': '无法将此文件读取为 YAML 或 JSON：{error}',

    'library.term.duplicate': '"{term}"被重复定义。',
    'library.term.preamble': '"{term}"已由每份协议的开头部分定义，请在此删除。',
    'library.term.undefined': '"{term}"被列为定义术语，但 definitions.yaml 中没有它的定义。',
    'library.term.unlisted': '正文使用了定义术语"{term}"，但此版本的术语列表中没有列出。',
    'library.term.unused': '术语列表列出了"{term}"，但正文没有使用。',

    'library.placeholder.unknown': '{token}不是生成器可以填写的占位符，可用列表见 src/core/library/placeholders.ts。',
    'library.placeholder.frame': '此处不能使用{token}，只能使用：{allowed}。',
    'library.placeholder.refInDefinition': '{token}：定义中不能引用条款编号。',
    'library.placeholder.refNotRequired': '{token}引用了条款"{id}"，此版本必须在 requires 中列出该条款，以保证它一定出现在协议中。',

    'library.scenario.duplicate': '场景"{id}"在多个文件中重复描述。',
    'library.scenario.roles': '角色必须依次为：{expected}（现为：{actual}）。',
    'library.scenario.unknownRole': '"{role}"不是此场景中的角色，请使用以下之一：{roles}。',
    'library.scenario.bothLists': '主题"{topic}"同时出现在必需和建议列表中，请只保留一处。',
    'library.scenario.noPlaybook': '角色"{role}"没有审查要点清单。',

    'library.clause.duplicate': '另一个文件（{other}）已使用此条款编号。',

    'library.variant.duplicate': '此条款中有两个版本使用了相同编号。',
    'library.variant.unknownRole': '"{role}"不是此版本适用场景中的角色，请使用以下之一：{roles}。',
    'library.variant.unknownAnswer': '"{name}"不是版本可以依据的问卷答案，请使用以下之一：{names}。',
    'library.variant.unknownAnswerValue': '"{value}"不是"{name}"的可选答案，请使用以下之一：{values}。',
    'library.variant.self': '条款不能在 {list} 中列出自己。',
    'library.variant.unknownClause': '{list} 中列出了"{id}"，但条款库中没有此编号的条款。',
    'library.variant.requiresAndExcludes': '"{id}"同时被列为必需和排除。',

    'library.text.subclauseFirst': '正文以"(a)"这样的分项开头，请先写出它所属的段落。',
    'library.text.sectionNumber': '正文以编号引用条款，而条款编号在不同协议中会变化；请改用 {{ref:条款编号}}，并在 requires 中列出该条款。',
  },
);
