import { defineMessages } from '../define';

/** The command line's own words: help for each command, batch progress, notices about example data. */
export const cli = defineMessages(
  {
    'cli.help.main': `Usage: clausewright COMMAND [OPTIONS]

Commands:
  review     review drafts (.docx, .txt) for missing, one-sided and unclear terms
  build      build an agreement from a scenario preset or a questionnaire file
  scenarios  list the deal scenarios and the sides you can take
  library    list the clauses in the clause library
  rules      list the review's finding rules, the ids --disable and --enable take
  schema     print the JSON Schema of the questionnaire file

Run \`clausewright COMMAND --help\` for a command's options and examples.
Exit codes: 0 done, 1 a finding at or above --fail-on, 2 bad input or an unreadable file.
`,
    'cli.help.review': `Usage: clausewright review FILE|FOLDER... [OPTIONS]

Reviews each draft (.docx or .txt; a folder is searched for them, sub-folders too) and reports
what is missing, one-sided or unclear, with the clause that fixes it. Several files are reviewed in
parallel on the available cores; the output keeps the order of the files.

Options:
  --scenario ID       the kind of deal (see \`clausewright scenarios\`); detected when left out
  --side ROLE         the side you are on, e.g. provider or recipient; without it (and with no
                      side recorded in the draft) nothing one-sided or missing is checked, exit 2
  --disable RULE      switch a finding rule off, e.g. drafting.shall (repeat, or list with commas)
  --enable RULE       switch on a rule that is off by default, e.g. drafting.shall-style
  --established CODE  the country your company is established in (CN, US, DE ...), for drafts
                      that do not say where your party is; default the library's, else CN
  --our-party NAME    your company's name as the draft writes it, e.g. "Qiming Robotics": the
                      party it names is yours and every other party is not (for deals among
                      three or more parties, or two named only by company name)
  --counterpart FILE  the draft's other language version as a separate file (the Chinese of an
                      English draft, or the English of a Chinese one): the two are paired by
                      section number and each difference in figures, prohibitions, names,
                      defined terms or the prevailing text is a finding quoting both
  --json              one JSON object per file and line (for pipelines)
  --fail-on SEVERITY  exit 1 when a finding is at least this severe: high, medium, low or info
  --report OUT.docx   also write the findings as a Word report (one per file for several files)
  --issues OUT.csv|OUT.docx
                      also write the issues list to send back with a redline: section, their
                      text, our position, proposed text, why and status (one per file)
  --redline OUT.docx  also write the draft itself back (a .docx only) with each fix the review
                      offers as a tracked change and each finding's reason as a comment
  --only RULE         with --redline: only these findings' fixes and comments (ids as for
                      --disable; repeat, or list with commas)
  --author NAME       with --redline: the name the changes and comments are made in
                      (default Clausewright)
  --locale LOCALE     the language of the findings, comments, report and issues list: en or
                      zh-CN (default from LC_ALL or LANG); the fixes stay in the draft's language
  -h, --help          this help

Examples:
  clausewright review draft.docx --scenario sample-testing --side provider
  clausewright review inbox/ --json --fail-on high > findings.jsonl
  clausewright review draft.docx --report review.docx
  clausewright review draft.docx --side evaluator --issues issues.docx
  clausewright review draft.docx --side provider --redline draft-revised.docx
  clausewright review terms-en.docx --counterpart terms-zh.docx --side provider
`,
    'cli.help.build': `Usage: clausewright build --scenario ID|FILE.json [OPTIONS]

Builds an agreement. A scenario id builds its preset, whose parties are examples (you are told so
on stderr); a questionnaire file gives your own answers (see \`clausewright schema answers\`), and
any answer it leaves out is taken from the preset.

Options:
  --scenario ID|FILE.json  a scenario id or a questionnaire file
  --side ROLE              our side, with a scenario id (in a file: "ourRole")
  --posture POSTURE        how hard the first draft pushes: balanced (market terms, the default),
                           firm or maximal (in a file: "posture")
  --language LANG          en (English, the default), zh (Chinese) or bilingual (English and
                           Chinese side by side, numbered alike) (in a file: "language")
  --prevailing TEXT        for a bilingual agreement, the text that prevails if the two differ:
                           en, zh or equal (asked for, with what each means, when left out;
                           in a file: "prevailingLanguage")
  --out FILE.docx          write a Word document instead of text
  --format text|markdown   the form of the text on standard output (default text)
  -h, --help               this help

Examples:
  clausewright build --scenario answers.json --out terms.docx
  clausewright build --scenario joint-development --side co-developer --format markdown
  clausewright build --scenario answers.json --language bilingual --prevailing equal --out terms.docx
`,
    'cli.help.scenarios': `Usage: clausewright scenarios [--json]

Lists the deal scenarios, with the sides you can take in each.

Examples:
  clausewright scenarios
  clausewright scenarios --json
`,
    'cli.help.rules': `Usage: clausewright rules [--json]

Lists every finding rule of the review: its id (what --disable, --enable and an organisation
library's review settings take), its kind, the topic it files under, the most it weighs, and
whether it runs by default.

Examples:
  clausewright rules
  clausewright rules --json
`,
    'cli.rules.default.on': 'on',
    'cli.rules.default.off': 'off by default',
    'cli.rules.topic.clause': 'topic of its clause',
    'cli.rules.topic.missing': 'topic of the missing term',
    'cli.help.library': `Usage: clausewright library [--json]

Lists every clause of the built-in library with its topic, version and variants.

Examples:
  clausewright library
  clausewright library --json
`,
    'cli.help.schema': `Usage: clausewright schema answers

Prints the JSON Schema (draft 2020-12) of the questionnaire file that \`build --scenario FILE.json\`
reads. Only "scenario" is required; every answer left out is taken from that scenario's preset.

Example:
  clausewright schema answers > answers.schema.json
`,
    'cli.schema.unknown': 'unknown schema "{value}"; the only one is: answers',
    'cli.unknownCommand': 'unknown command "{name}".',
    'cli.build.exampleParties': 'note: the parties are the preset\'s examples ({us} and {them}), not real companies. Give your own in a questionnaire file: "parties": {"us": {...}, "them": {...}} (see `clausewright schema answers`).',
    'cli.review.progress': '{done} of {total} files',
    'cli.review.interrupted': 'stopped: {done} of {total} files reviewed and written out.',
    'cli.review.notFolder': 'cannot read the folder ({reason})',
    'cli.review.emptyFolder': 'the folder holds no .docx or .txt file',
    'cli.review.usage.locale': '--locale takes {ids}, not "{value}"',
    'cli.review.ourPartyHint': '{file}: the draft names {count} parties the review could not place on our side or theirs; give our company\'s name as the draft writes it with --our-party NAME.',
    'cli.redline.notDocx': 'no revised draft: --redline needs a Word draft (.docx), and {file} is not one',
    'cli.redline.writeFailed': 'could not write the revised draft to {file}: {reason}',
    'cli.redline.written': 'Revised draft: {file} (tracked changes: {changes}, comments: {comments})',
    'cli.redline.onlyWithout': '--only and --author apply to --redline, which is not given',
  },
  {
    'cli.help.main': `用法：clausewright 命令 [选项]

命令：
  review     审阅草案（.docx、.txt），找出缺失、偏向一方和含糊的条款
  build      根据场景预设或问卷文件生成协议
  scenarios  列出交易场景及可选的我方角色
  library    列出条款库中的条款
  rules      列出审阅规则（--disable 和 --enable 使用的规则编号）
  schema     输出问卷文件的 JSON Schema

运行 \`clausewright 命令 --help\` 查看该命令的选项和示例。
退出码：0 完成；1 有发现达到 --fail-on 的严重程度；2 输入有误或文件无法读取。
`,
    'cli.help.review': `用法：clausewright review 文件|文件夹... [选项]

逐一审阅草案（.docx 或 .txt；文件夹会连同子文件夹一起查找），报告缺失、偏向一方或含糊之处，
并给出可修正的条款。多个文件在可用的处理器核心上并行审阅；输出保持文件的顺序。

选项：
  --scenario 编号      交易类型（见 \`clausewright scenarios\`）；省略时自动识别
  --side 角色          我方角色，例如 provider 或 recipient；省略（且草案未记录我方）时不检查
                       缺失和偏向一方的条款，退出码为 2
  --disable 规则       关闭某项审阅规则，例如 drafting.shall（可重复，或用逗号分隔）
  --enable 规则        开启默认关闭的规则，例如 drafting.shall-style
  --established 代码   我方公司的设立地（CN、US、DE 等），用于草案未写明我方所在地的情形；
                       默认取条款库的设置，否则为 CN
  --our-party 名称     我方公司在草案中的名称，例如 “Qiming Robotics”：与之相符的一方为我方，
                       其余各方均为对方（用于三方及以上的交易，或仅以公司名称称呼双方的草案）
  --counterpart 文件   草案另一语言的文本，为单独的文件（英文草案的中文本，或中文草案的英文本）：
                       两者按条款编号逐条对照，数字、禁止性规定、名称、定义术语或优先文本的
                       每处差异均作为一项发现，并引述两种文本
  --json               每个文件输出一行 JSON（用于流水线）
  --fail-on 严重程度   有发现达到该严重程度时退出码为 1：high、medium、low 或 info
  --report 输出.docx   另外生成 Word 审阅报告（多个文件时每个文件一份）
  --issues 输出.csv|输出.docx
                       另外生成随修订稿发回的问题清单：条款、对方文本、我方意见、建议文本、
                       理由和状态（每个文件一份）
  --redline 输出.docx  另外输出草案本身（仅限 .docx）：审阅给出的每项修改为修订，
                       每项发现的理由为批注
  --only 规则          与 --redline 一起使用：只采纳这些规则的修改和批注（编号同 --disable；
                       可重复，或用逗号分隔）
  --author 姓名        与 --redline 一起使用：修订和批注的作者名（默认 Clausewright）
  --locale 语言        审阅意见、批注、报告和问题清单所用的语言：en 或 zh-CN（默认取 LC_ALL
                       或 LANG）；修改条款始终使用草案本身的语言
  -h, --help           显示本帮助

示例：
  clausewright review draft.docx --scenario sample-testing --side provider
  clausewright review inbox/ --json --fail-on high > findings.jsonl
  clausewright review draft.docx --report review.docx
  clausewright review draft.docx --side evaluator --issues issues.docx
  clausewright review draft.docx --side provider --redline draft-revised.docx
  clausewright review terms-en.docx --counterpart terms-zh.docx --side provider
`,
    'cli.help.build': `用法：clausewright build --scenario 编号|文件.json [选项]

生成协议。场景编号生成该场景的预设条款，其中的当事方是示例（会在标准错误输出中提示）；
问卷文件提供您自己的答案（见 \`clausewright schema answers\`），未填写的答案取自预设。

选项：
  --scenario 编号|文件.json  场景编号或问卷文件
  --side 角色                我方角色，与场景编号一起使用（问卷文件中用“ourRole”）
  --posture 立场            初稿的强硬程度：balanced（市场通行条款，默认）、firm 或 maximal
                           （问卷文件中用“posture”）
  --language 语言            en（英文，默认）、zh（中文）或 bilingual（中英文对照，编号一致）
                           （问卷文件中用“language”）
  --prevailing 文本          中英文对照协议两种文本不一致时以哪种为准：en、zh 或 equal
                           （未指定时会询问并说明各选项的后果；问卷文件中用“prevailingLanguage”）
  --out 文件.docx            生成 Word 文档，而不是文本
  --format text|markdown     标准输出中文本的格式（默认 text）
  -h, --help                 显示本帮助

示例：
  clausewright build --scenario answers.json --out terms.docx
  clausewright build --scenario joint-development --side co-developer --format markdown
  clausewright build --scenario answers.json --language bilingual --prevailing equal --out terms.docx
`,
    'cli.help.scenarios': `用法：clausewright scenarios [--json]

列出交易场景，以及每个场景中可选的我方角色。

示例：
  clausewright scenarios
  clausewright scenarios --json
`,
    'cli.help.rules': `用法：clausewright rules [--json]

列出审阅的每条规则：规则编号（即 --disable、--enable 和组织条款库审阅设置所用的编号）、类型、
归入的主题、最高严重程度，以及是否默认运行。

示例：
  clausewright rules
  clausewright rules --json
`,
    'cli.rules.default.on': '开启',
    'cli.rules.default.off': '默认关闭',
    'cli.rules.topic.clause': '所在条款的主题',
    'cli.rules.topic.missing': '所缺条款的主题',
    'cli.help.library': `用法：clausewright library [--json]

列出内置条款库中的每个条款及其主题、版本和各个版本选项。

示例：
  clausewright library
  clausewright library --json
`,
    'cli.help.schema': `用法：clausewright schema answers

输出 \`build --scenario 文件.json\` 所读取的问卷文件的 JSON Schema（draft 2020-12）。
只有“scenario”是必填项；未填写的答案取自该场景的预设。

示例：
  clausewright schema answers > answers.schema.json
`,
    'cli.schema.unknown': '未知的 schema“{value}”；唯一可用的是：answers',
    'cli.unknownCommand': '未知命令“{name}”。',
    'cli.build.exampleParties': '提示：当事方是预设中的示例（{us} 和 {them}），并非真实公司。请在问卷文件中填写您自己的当事方："parties": {"us": {...}, "them": {...}}（见 `clausewright schema answers`）。',
    'cli.review.progress': '{done} / {total} 个文件',
    'cli.review.interrupted': '已停止：已审阅并输出 {done} / {total} 个文件。',
    'cli.review.notFolder': '无法读取文件夹（{reason}）',
    'cli.review.emptyFolder': '文件夹中没有 .docx 或 .txt 文件',
    'cli.review.usage.locale': '--locale 只接受 {ids}，而不是“{value}”',
    'cli.review.ourPartyHint': '{file}：合同所列当事方中有 {count} 个无法确定属于我方还是对方；请用 --our-party 名称 给出合同中我方公司的名称。',
    'cli.redline.notDocx': '未生成修订稿：--redline 需要 Word 草案（.docx），而 {file} 不是',
    'cli.redline.writeFailed': '无法将修订稿写入 {file}：{reason}',
    'cli.redline.written': '修订稿：{file}（{changes} 处修订，{comments} 条批注）',
    'cli.redline.onlyWithout': '--only 和 --author 只与 --redline 一起使用，但未给出 --redline',
  },
);
