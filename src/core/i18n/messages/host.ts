import { defineMessages } from '../define';

export const host = defineMessages(
  {
    'host.limit.api13': 'This version of Word is too old for Clausewright: it needs Word 2016 or later (WordApi 1.3).',
    'host.limit.comments':
      'This version of Word cannot add comments from an add-in (WordApi 1.4), so findings are highlighted in yellow instead.',
    'host.limit.tracking':
      'This version of Word cannot turn on Track Changes from an add-in (WordApi 1.4), so fixes are not applied automatically. Copy the clause from the panel instead.',
    'host.limit.record':
      'This version of Word cannot store the values clauses were filled with (WordApi 1.4), so Clausewright cannot later check whether inserted clauses were edited.',
    'host.limit.revisions':
      'This version of Word cannot give the text without its tracked changes (WordApi 1.4), so the review reads the text as it currently shows, including unaccepted changes.',
    'host.limit.openDocument': 'Only Word can open a file as a new document; here it is downloaded instead.',
    'host.limit.revisionAuthors':
      'This version of Word cannot list tracked changes (WordApi 1.6): the review reads the text as if every change were accepted, but cannot say who made them.',
    'host.comment.body': '{marker} {message}\n\nWhy it matters: {why}',
    'host.comment.fix': '\n\nSuggested fix: the library clause "{clause}" (variant "{variant}").',
    'host.comment.fixText': '\n\nWe propose instead:\n{text}',
    'host.error.word': 'Word reported an error ({code}): {detail}',
    'host.error.unavailable': 'Word is not available here, so this action cannot run.',
    'host.error.noPassage': 'This finding has no passage in the document (the term is missing altogether).',
    'host.error.passageGone':
      'The passage for this finding is no longer in the document; it may have been edited since the review. Run the review again.',
    'host.error.needsTracking':
      'Fixes are applied only as tracked changes, and this version of Word cannot turn on Track Changes (WordApi 1.4). Copy the clause from the panel instead.',
    'host.error.noDocument': 'No document is open in the workspace. Open a .docx first.',
    'host.error.earlierMoved':
      'This fix was to go in together with our earlier change to this clause, in its place, but that change is no longer where the review read it (it may have been edited, moved or partly rejected since). Nothing was changed. Run the review again, then apply the fix.',
    'host.error.noPlace': 'Our clause has no place in the section this finding quotes (it is numbered for another section, or the section’s text in the other language could not be matched), so the revised draft keeps this finding as a comment only.',
    'host.done.nothing': 'Nothing in the document was changed.',
    'host.done.rolledBack':
      'Word stopped part-way; the {count} paragraphs already inserted were removed again, so the document is as it was.',
    'host.done.partialInsert':
      'Word stopped part-way: {count} paragraphs were inserted before the error and could not be removed automatically. Use Undo in Word to remove them.',
    'host.done.partialUnknown':
      'Word stopped part-way and Clausewright could not read back what was changed. Check the document and use Undo in Word if needed.',
    'host.done.marks': '{count} of {total} findings were marked before Word stopped.',
    'host.done.cleared': '{count} of our marks were removed before Word stopped.',
    'host.done.trackingRestored': 'Track Changes was set back to how you had it.',
    'host.note.trackingNotRestored':
      'The fix went in as tracked changes, but Word did not set Track Changes back to how you had it. Check it on the Review tab.',
    'host.note.conformNotFound':
      'The fix went in to the English of {clause}, but its Chinese version was no longer where the review found it, so no comment asks that it be conformed. Conform the Chinese text of that clause to the fix.',
    'host.note.rowAtCursor':
      'Word could not add a row to the table that holds the draft\'s clauses, so {clause} went in at the cursor, as a tracked change. Move it into a new row of that table, after the last clause.',
    'host.note.rowNotFound':
      'The table row of the draft\'s last clause was no longer where the review found it, so {clause} went in at the cursor, as a tracked change. Move it into a new row of that table, after the last clause.',
    'host.done.fixApplied':
      'The clause was inserted and the old passage marked as deleted, as tracked changes you can accept or reject in Word.',
    'host.done.trackingLeftOn': 'Track Changes may still be on; turn it off in the Review tab if you did not have it on.',
    'host.note.fixesGone':
      'Our fixes no longer found in the document (rejected, deleted or edited beyond recognition): {fixes}. Their records stay in the document until you choose to forget them.',
    'host.note.unplaced': '{count} findings have no passage in the document (missing terms) and are listed only in the panel.',
    'host.note.revisionsUnreadable':
      'Word could not list the tracked changes in this document: the review reads the text as if every change were accepted, but cannot say who made them.',
    'host.note.notRecorded':
      'The clauses were inserted, but this version of Word cannot store the values they were filled with, so edits to them cannot be checked later.',
    'host.drift.notRecorded':
      'The values this clause was filled with were not recorded, so it cannot be compared with the library.',
    'host.drift.renderFailed':
      'Changed since it was inserted. A word-by-word comparison is not available for this clause, because the clause library cannot produce its text again.',
    'host.drift.controlLost':
      "This clause's content control was lost (copy and paste can drop it); it was found by its text.",
  },
  {
    'host.limit.api13': '此版本的 Word 过旧，Clausewright 需要 Word 2016 或更高版本（WordApi 1.3）。',
    'host.limit.comments': '此版本的 Word 不支持加载项添加批注（WordApi 1.4），因此改用黄色突出显示标出问题。',
    'host.limit.tracking':
      '此版本的 Word 不支持加载项开启修订（WordApi 1.4），因此不会自动应用修改建议。请从面板中复制条款。',
    'host.limit.record':
      '此版本的 Word 无法保存填写条款所用的数值（WordApi 1.4），因此之后无法检查插入的条款是否被修改。',
    'host.limit.revisions':
      '此版本的 Word 无法给出不含修订的文本（WordApi 1.4），因此审阅读取的是当前显示的文本，包括尚未接受的修订。',
    'host.limit.openDocument': '只有 Word 能将文件作为新文档打开；此处改为下载该文件。',
    'host.limit.revisionAuthors': '此版本的 Word 无法列出修订（WordApi 1.6）：审阅按接受全部修订后的文本进行，但无法说明修订由谁所作。',
    'host.comment.body': '{marker} {message}\n\n为何重要：{why}',
    'host.comment.fix': '\n\n建议修改：条款库中的“{clause}”条款（版本“{variant}”）。',
    'host.comment.fixText': '\n\n我方建议改为：\n{text}',
    'host.error.word': 'Word 报告错误（{code}）：{detail}',
    'host.error.unavailable': '此处无法使用 Word，因此该操作无法执行。',
    'host.error.noPassage': '该问题在文档中没有对应段落（相关条款完全缺失）。',
    'host.error.passageGone': '文档中已找不到该问题对应的段落，可能在审阅后被修改。请重新审阅。',
    'host.error.needsTracking':
      '修改建议只能以修订方式应用，而此版本的 Word 不支持开启修订（WordApi 1.4）。请从面板中复制条款。',
    'host.error.noDocument': '工作区中没有打开的文档。请先打开一个 .docx 文件。',
    'host.error.earlierMoved': '本修改方案原应与我方此前对本条款所作的修订合并并取代该修订，但该修订已不在审阅时读取的位置（此后可能被编辑、移动或部分拒绝）。文档未作修改。请重新审阅后再应用修改方案。',
    'host.error.noPlace': '我方条款无法放入该问题所引的条款（其编号属于另一条款，或无法对应该条款的另一语言文本），修订稿中该问题仅以批注形式保留。',
    'host.done.nothing': '文档未作任何更改。',
    'host.done.rolledBack': 'Word 中途停止；已插入的 {count} 个段落已被删除，文档保持原样。',
    'host.done.partialInsert':
      'Word 中途停止：出错前已插入 {count} 个段落，且无法自动删除。请在 Word 中使用“撤消”删除它们。',
    'host.done.partialUnknown': 'Word 中途停止，Clausewright 无法读回已更改的内容。请检查文档，必要时在 Word 中使用“撤消”。',
    'host.done.marks': 'Word 停止前已标出 {total} 个问题中的 {count} 个。',
    'host.done.cleared': 'Word 停止前已删除 {count} 个我们添加的标记。',
    'host.done.trackingRestored': '修订模式已恢复为您原来的设置。',
    'host.note.trackingNotRestored': '修改已作为修订插入，但 Word 未将修订模式恢复为您原来的设置。请在“审阅”选项卡中检查。',
    'host.note.conformNotFound': '修改已插入{clause}的英文文本，但该条的中文文本已不在审阅时的位置，因此未添加要求相应修改中文文本的批注。请将该条的中文文本按修改作相应修改。',
    'host.note.rowAtCursor': 'Word 无法在载有草案条款的表格中添加行，因此{clause}已作为修订插入在光标处。请将其移至该表格中最后一条之后的新行。',
    'host.note.rowNotFound': '草案最后一条所在的表格行已不在审阅时的位置，因此{clause}已作为修订插入在光标处。请将其移至该表格中最后一条之后的新行。',
    'host.done.fixApplied': '条款已插入，原段落已标记为删除，均为修订，您可在 Word 中接受或拒绝。',
    'host.done.trackingLeftOn': '修订可能仍处于开启状态；如您原先未开启，请在“审阅”选项卡中关闭。',
    'host.note.fixesGone': '文档中已找不到我方的以下修改（已被拒绝、删除或改动到无法识别）：{fixes}。其记录保留在文档中，直至选择忘记。',
    'host.note.unplaced': '{count} 个问题在文档中没有对应段落（缺失的条款），仅在面板中列出。',
    'host.note.revisionsUnreadable': 'Word 无法列出此文档中的修订：审阅按接受全部修订后的文本进行，但无法说明修订由谁所作。',
    'host.note.notRecorded': '条款已插入，但此版本的 Word 无法保存填写所用的数值，因此之后无法检查这些条款是否被修改。',
    'host.drift.notRecorded': '未记录填写该条款所用的数值，因此无法与条款库比较。',
    'host.drift.renderFailed': '插入后已被修改。条款库无法重新生成该条款的文本，因此无法提供逐词对比。',
    'host.drift.controlLost': '该条款的内容控件已丢失（复制粘贴可能导致丢失）；已根据文本找到该条款。',
  },
);
