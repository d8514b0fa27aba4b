import { defineMessages } from '../define';

/** What a finding's actions (apply a fix, go to, mark) say in the task pane. Keys: ui.action.*. */
export const uiAction = defineMessages(
  {
    'ui.action.noFix': 'The library has no clause it can fill in for this deal; choose the kind of deal and our side above, then try again.',
    'ui.action.fixTracked': 'Our clause is in the document as a tracked change: review it and accept or reject it in Word.',
    'ui.action.fixGone': 'Our change for this point is no longer in the document: it was undone or rejected in Word. The fix can be applied again.',
    'ui.action.fixProposed': 'Our clause is shown as proposed beside the passage (Undo takes it back). The draft stays as it was: "Download revised draft" puts the clause in as a tracked change.',
    'ui.action.reviewChanged': 'The review changed while our clause was being prepared, so nothing was proposed. Try again on the finding as it stands now.',
    'ui.action.preparing': 'Preparing our clause…',
    'ui.action.notFetched': 'Our clause could not be prepared: part of the page did not load. The document was not changed; check the connection and try again.',
    'ui.action.failed': 'That did not work, and the document was not changed. Try again; if it keeps failing, reload the pane.',
    'ui.action.notPlaced': 'The passage is no longer in the document, so nothing was marked. Run the review again.',
    'ui.action.commented': 'Added as a comment in the document.',
    'ui.action.highlighted': 'Highlighted in the document (this version of Word cannot add comments).',
  },
  {
    'ui.action.noFix': '条款库中没有可为本交易填写的条款；请先在上方选择交易类型和我方角色，然后重试。',
    'ui.action.fixTracked': '我方条款已作为修订插入文档：请在 Word 中审阅并接受或拒绝。',
    'ui.action.fixGone': '我方针对本问题的修订已不在文档中：已在 Word 中撤销或拒绝。可重新应用修改方案。',
    'ui.action.fixProposed': '我方条款已作为建议显示在该段旁（可点“撤销”收回）。草稿本身未改动；“下载修订稿”会将该条款以修订形式写入。',
    'ui.action.reviewChanged': '准备我方条款期间审阅结果已更新，因此未提出任何建议。请针对当前显示的问题重试。',
    'ui.action.preparing': '正在准备我方条款…',
    'ui.action.notFetched': '未能准备我方条款：页面的部分内容未能加载。文档未被修改；请检查网络连接后重试。',
    'ui.action.failed': '操作未成功，文档未被修改。请重试；如仍失败，请重新加载窗格。',
    'ui.action.notPlaced': '该段文字已不在文档中，因此未做标记。请重新审阅。',
    'ui.action.commented': '已在文档中添加批注。',
    'ui.action.highlighted': '已在文档中突出显示（此版本的 Word 无法添加批注）。',
  },
);
