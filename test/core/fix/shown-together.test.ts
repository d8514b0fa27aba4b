import type { Finding } from '../../../src/core/findings';
import { fixesFor, issuesList, proposals } from '../../../src/core/fix';
import { t } from '../../../src/core/i18n';
import { review } from '../../../src/core/review';
import { hasCjk } from '../../../src/core/review/zh/cjk';
import type { ProposedFix } from '../../../src/host/standalone';
import { readDocx } from '../../../src/io';
import { writeRedlineDocx } from '../../../src/io/write/redline';
import { numberedProposals } from '../../../src/workspace/revised';
import { corpusBytes, HAVE_CORPUS, skipMessage } from '../../io/corpus';
import { library, playbooks } from '../../support/review-as-side';

const describeCorpus = HAVE_CORPUS ? describe : describe.skip;
skipMessage();

/** How many times each term is defined ('"Term" means') across the texts. */
function definitions(texts: readonly string[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(/"([^"]+)" means/g)) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
  return count;
}

// A provider's software licence reviewed for the licensee: several fixes (feedback, patents, the
// rights left if no further deal is made) use "Background IP" and "Intellectual Property Rights",
// which the draft does not define.
describeCorpus('fixes shown together', () => {
  let setup: Promise<{ doc: Awaited<ReturnType<typeof readDocx>>; result: ReturnType<typeof review>; input: Uint8Array }>;
  beforeAll(() => {
    setup = (async () => {
      const input = corpusBytes('contract_commonpaper_software_license_agreement.docx');
      const doc = await readDocx(input);
      return { input, doc, result: review(doc, { scenario: 'technology-license', role: 'licensee', playbooks, library }) };
    })();
  });

  it('define each term once in the issues list, in the words the redline writes, in English and in Chinese', async () => {
    const { doc, result, input } = await setup;
    const fixes = fixesFor(library, result, doc);
    const alone = definitions(result.findings.flatMap((f) => (f.fix ? [fixes(f.fix)!.paragraphs.map((p) => p.text).join('\n')] : [])));
    // Shown alone, each fix defines the shared terms again.
    expect(alone.get('Background IP')).toBeGreaterThanOrEqual(3);

    const redline = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })) });
    const written = redline.applied.flatMap((a) => a.paragraphs);
    // The clause goes into the English draft in English, blanks too, whatever language the list is
    // in; a Chinese list adds the library's Chinese text of the same clause after it, for reference.
    const proposedIn = (locale: 'en' | 'zh-CN') => issuesList({ review: result, doc, library, locale }).rows.map((r) => r.proposed);
    const en = proposedIn('en');
    proposedIn('zh-CN').forEach((zh, i) => {
      if (en[i] === t('en', 'io.issues.commentOnly')) return expect(zh).toBe(t('zh-CN', 'io.issues.commentOnly'));
      expect(hasCjk(en[i]!)).toBe(false);
      expect(zh.startsWith(`${en[i]}\n\n${t('zh-CN', 'io.issues.inChinese')}\n`)).toBe(true);
    });
    for (const locale of ['en', 'zh-CN'] as const) {
      const list = issuesList({ review: result, doc, library, locale });
      const proposed = list.rows.map((r) => r.proposed);
      const counts = definitions(proposed);
      expect({ locale, terms: [...counts].filter(([, n]) => n !== 1) }).toEqual({ locale, terms: [] });
      expect(counts.has('Background IP')).toBe(true);
      if (locale !== 'en') continue;
      // Each defining paragraph the redline writes stands, word for word, in the list.
      const defining = written.filter((p) => p.includes('" means')).map((p) => p.slice(p.indexOf('\t') + 1));
      expect(defining.length).toBeGreaterThan(0);
      for (const d of defining) expect(proposed.some((p) => p.includes(d))).toBe(true);
      expect(definitions(written)).toEqual(counts);
    }
  });

  it('give a dismissed point’s fix its own definitions, and the open points theirs once', async () => {
    const { doc, result } = await setup;
    const list = issuesList({ review: result, doc, library });
    const owner = list.rows.find((r) => r.proposed.includes('"Background IP" means'))!;
    const dismissed = new Set([owner.findingId]);
    const after = issuesList({ review: result, doc, library, dismissed });
    const open = after.rows.filter((r) => r.state === 'open').map((r) => r.proposed);
    expect(definitions(open).get('Background IP')).toBe(1);
    const set = after.rows.find((r) => r.findingId === owner.findingId)!;
    expect(set.state).toBe('dismissed');
    expect(set.proposed).toMatch(/In this Section [\d.]+, "Background IP" means/);
  });

  it('define each term once in the report’s fix texts and on the workspace’s cards', async () => {
    const { doc, result } = await setup;
    const withFix = [...new Map(result.findings.filter((f) => f.fix).map((f) => [`${f.fix!.clause}/${f.fix!.variant}`, f])).values()];
    const proposed = proposals(library, result, doc, { locale: 'en', companyName: '', open: result.findings });
    const texts = withFix.flatMap((f) => {
      const p = proposed(f);
      return p?.kind === 'clause' ? [p.clause.text] : [];
    });
    expect(definitions(texts).get('Background IP')).toBe(1);

    const propose = (f: Finding): ProposedFix => ({ findingId: f.id, paragraph: null, clause: fixesFor(library, result, doc, { fixing: [f] })(f.fix!)! });
    const cards = numberedProposals(doc, result, new Set(), withFix.map(propose));
    const shown = cards.map((c) => c.clause.paragraphs.map((p) => p.text).join('\n'));
    expect([...definitions(shown)].filter(([, n]) => n !== 1)).toEqual([]);
    expect(definitions(shown).get('Background IP')).toBe(1);
  });
});
