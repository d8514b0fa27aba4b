import mammoth from 'mammoth';
import { loadLibraryDir } from '../../src/cli/library-files';
import { fixesFor, issuesList } from '../../src/core/fix';
import { t } from '../../src/core/i18n';
import { review, type Playbooks } from '../../src/core/review';
import type { RoleId, ScenarioId } from '../../src/core/scenarios';
import { readDocx } from '../../src/io';
import { writeRedlineDocx } from '../../src/io/write/redline';
import { corpusBytes, HAVE_CORPUS, skipMessage } from './corpus';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;
skipMessage();

// Real English drafts, each reviewed for one side, every point sent back: the issues list and the
// redline of the same review say the same thing about each point.
const DRAFTS: [string, ScenarioId, RoleId][] = [
  ['contract_commonpaper_pilot_agreement.docx', 'sample-testing', 'evaluator'],
  ['contract_commonpaper_software_license_agreement.docx', 'technology-license', 'licensee'],
  ['contract_commonpaper_software_license_agreement.docx', 'technology-license', 'licensor'],
  ['contract_commonpaper_one_way_nda.docx', 'pre-deal-disclosure', 'discloser'],
  ['contract_commonpaper_design_partner_agreement.docx', 'joint-development', 'co-developer'],
  // Two of its points would each rewrite Section 1.5: one goes in, the other is a comment there.
  ['contract_commonpaper_pilot_agreement.docx', 'joint-development', 'co-developer'],
];

(HAVE_CORPUS ? describe : describe.skip)('the issues list and the redline of one review', () => {
  it.each(DRAFTS)('%s for the %s %s: comment only exactly where the redline only comments, and every row placed', async (file, scenario, role) => {
    const input = corpusBytes(file);
    const doc = await readDocx(input);
    const result = review(doc, { scenario, role, library, playbooks });
    const fixes = fixesFor(library, result, doc);
    const redline = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })) });
    // A clause goes in once; every point it fixes is answered by that change.
    const keyOf = (id: string) => {
      const fix = result.findings.find((f) => f.id === id)!.fix;
      return fix ? `${fix.clause}/${fix.variant}` : id;
    };
    const changed = new Set(redline.applied.map((a) => keyOf(a.finding)));
    const commentOnly = result.findings.filter((f) => !changed.has(keyOf(f.id))).map((f) => f.id);
    expect(changed.size).toBeGreaterThan(0);

    // Every point is a comment in the revised draft, as mammoth reads it.
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(redline.docx) }, { styleMap: ['comment-reference => sup'] })).value;
    expect(html.match(/<dd>/g)).toHaveLength(result.findings.length);

    for (const locale of ['en', 'zh-CN'] as const) {
      const list = issuesList({ review: result, doc, library, locale });
      // Comment only: no proposed text, or a clause another point's fix already rewrites.
      const covered = t(locale, 'io.issues.covered').split('{clause}')[0]!;
      const said = list.rows.filter((r) => r.proposed === t(locale, 'io.issues.commentOnly') || r.proposed.startsWith(covered)).map((r) => r.findingId);
      // A point whose fix went in joined with another's change to the same clause is answered by that change, as its comment says.
      const joinedLead = t(locale, 'io.issues.joined').split('{point}')[0]!;
      const joined = list.rows.filter((r) => r.proposed.startsWith(joinedLead)).map((r) => r.findingId);
      expect({ locale, said: said.sort() }).toEqual({ locale, said: commentOnly.filter((id) => !joined.includes(id)).sort() });
      expect(html.split(t('en', 'io.redline.joined').split('{clause}')[0]!.replace(/’/g, '’'))).toHaveLength(joined.length + 1);
      for (const row of list.rows) {
        const f = result.findings.find((x) => x.id === row.findingId)!;
        expect(row.section).not.toBe('');
        if (f.kind === 'missing') expect(row.section).toBe(t(locale, 'io.issues.missing'));
        else if (f.evidence.length > 0 && !doc.paragraphs[f.evidence[0]!.paragraph]?.textBox) expect(row.section).toBe(f.section ?? t(locale, 'io.issues.paragraph', { paragraph: f.evidence[0]!.paragraph + 1 }));
      }
    }
  });
});
