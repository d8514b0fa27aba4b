import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../../../src/cli/library-files';
import type { Finding } from '../../../src/core/findings';
import { fixAlone, fixPlacement, fixText } from '../../../src/core/fix';
import { t, type Locale } from '../../../src/core/i18n';
import { review, segment, type Playbooks } from '../../../src/core/review';
import { languageOf } from '../../../src/core/review/bilingual/pairs';
import { hasCjk } from '../../../src/core/review/zh/cjk';
import { createWordHost } from '../../../src/host/word';
import type { ParagraphSeed } from '../../support/fakeWord/model';
import { realRuntimeWord } from '../../support/officeRuntime';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;

// A Chinese technology-development contract open in Word, over Microsoft's Office.js runtime (the
// simulated document answers its requests). The fix the task pane offers for a point comes from
// core/fix (fixAlone) in the draft's language, whatever language the reviewer reads: the comment
// carries that clause, and apply-fix puts that clause in.
const LINES = readFileSync(path.join(__dirname, '../../fixtures/zh/joint-development.txt'), 'utf8').split('\n').filter((l) => l.trim());
const SEEDS: ParagraphSeed[] = LINES.map((text) => (/^第.{1,3}条\s\S{1,12}$/.test(text) ? { text, style: 'Heading 1' } : { text }));

/** Each paragraph that is clause text, not a number or a blank alone, reads as Chinese. */
function expectChinese(lines: readonly string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(hasCjk(line)).toBe(true);
    expect(languageOf(line)).not.toBe('en');
  }
}

describe.each(['zh-CN', 'en'] as const)('a Chinese draft in Word, reviewed in %s', (locale: Locale) => {
  async function open() {
    const { api, word } = realRuntimeWord(SEEDS, '1.4');
    // The comment text each request carries, as Word would receive it.
    const comments: string[] = [];
    const answer = word.executeAsync.bind(word);
    word.executeAsync = (data, flags, message) => {
      const body = message.Body as { ObjectPaths?: Record<string, { Name: string; ArgumentInfo?: { Arguments?: unknown[] } }> };
      for (const p of Object.values(body.ObjectPaths ?? {})) if (p.Name === 'InsertComment') comments.push(String(p.ArgumentInfo?.Arguments?.[0]));
      return answer(data, flags, message);
    };
    const host = createWordHost(api, locale);
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const result = review(read.value, { scenario: 'joint-development', role: 'co-developer', library, playbooks, locale });
    return { host, word, doc: read.value, result, comments };
  }

  /** A point on a clause the draft has, whose fix replaces that clause. */
  function onClause(doc: Awaited<ReturnType<typeof open>>['doc'], result: Awaited<ReturnType<typeof open>>['result']): Finding {
    const found = result.findings.find((f) => {
      const clause = fixAlone(library, result, doc, f, { locale });
      return clause && f.kind !== 'missing' && fixPlacement(doc, segment(doc), f, clause).kind === 'whole';
    });
    if (!found) throw new Error(`no point replaces a clause: ${result.findings.map((f) => f.rule).join(', ')}`);
    return found;
  }

  it('comments with the Chinese clause, the comment’s own words in the reader’s language', async () => {
    const { host, doc, result, comments } = await open();
    const f = onClause(doc, result);
    const clause = fixAlone(library, result, doc, f, { locale })!;
    expectChinese(clause.paragraphs.map((p) => p.text));
    const marked = await host.markFindings([f], () => fixText(clause));
    expect(marked).toMatchObject({ ok: true, value: { marked: 1, as: 'comment' } });
    expect(comments).toHaveLength(1);
    const comment = comments[0]!;
    expect(comment).toContain(fixText(clause));
    expect(comment).toContain(f.message);
    // The words around the clause: Chinese for a Chinese reader, English for an English one.
    const around = comment.replace(fixText(clause), '');
    expect(around).toContain(t(locale, 'host.comment.fixText', { text: '' }).trim().slice(0, 4));
    if (locale === 'zh-CN') expectChinese([f.message, f.why]);
    else expect(languageOf(f.why)).toBe('en');
  });

  it('applies the Chinese clause in place of the one it fixes, as a tracked change, the same clause the comment carried', async () => {
    const { host, word, doc, result } = await open();
    const f = onClause(doc, result);
    const clause = fixAlone(library, result, doc, f, { locale })!;
    const placement = fixPlacement(doc, segment(doc), f, clause);
    const before = word.doc.texts();
    const applied = await host.applyFix(f, clause, placement);
    expect(applied).toMatchObject({ ok: true, value: { mode: 'replaced', tracked: true } });
    const added = word.doc.texts().filter((x) => !before.includes(x));
    expect(added).toHaveLength(clause.paragraphs.length + 1);
    expectChinese(added);
    for (const p of clause.paragraphs) expect(added).toContain(`${p.label}\t${p.text}`);
    expect(word.doc.paragraphs.filter((p) => p.deleted).length).toBeGreaterThan(0);
  });
});
