import mammoth from 'mammoth';
import { plan, presetAnswers, render } from '../../src/core/agreement';
import type { RenderedTerms } from '../../src/core/agreement/rendered';
import { playbookFor, type Library } from '../../src/core/library';
import { review, type Playbooks } from '../../src/core/review';
import { SCENARIO_IDS } from '../../src/core/scenarios';
import { loadLibraryDir } from '../../src/cli/library-files';
import { readDocx, writeTermsDocx } from '../../src/io';
import { SIGNATURE_LINE as RULE } from '../../src/core/agreement/clause-text';

/**
 * The round trip: each scenario preset built to .docx and read back, by our reader and
 * by mammoth, gives the same clause text; reviewed, the terms cover every topic the playbook
 * requires and draw no high or medium finding.
 */
const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

function loadLibrary(): Library {
  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in clause library does not load');
  return loaded.library;
}

/**
 * Every paragraph the document holds, in order: opening, recitals, sections, signature blocks,
 * then each schedule after the empty paragraph that carries the section break before it: its
 * heading, notes, and the table's cells row by row.
 */
function clauseText(terms: RenderedTerms): string[] {
  const recitals = terms.recitals ? [terms.recitals.title, ...terms.recitals.paragraphs.map((p) => p.text), terms.recitals.agree] : [];
  const signing = terms.signing
    ? [terms.signing.intro, ...terms.signing.blocks.flatMap((b) => [b.heading, ...b.lines.map((l) => `${l.label}: ${l.value || RULE}`)])]
    : [];
  const schedules = (terms.schedules ?? []).flatMap((s) => ['', s.title, ...s.intro, ...s.columns, ...s.rows.flat()]);
  return [terms.title, ...terms.preamble, ...recitals, ...terms.clauses.flatMap((c) => [c.title, ...c.paragraphs.map((p) => p.text)]), ...signing, ...schedules];
}

describe.each(SCENARIO_IDS)('%s preset, built to .docx and read back', (scenario) => {
  const library = loadLibrary();
  const answers = presetAnswers(library, scenario);
  const terms = render(library, plan(library, answers), answers);
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeTermsDocx(terms);
  });

  it('reads back as the same clause text, with our numbering and tags', async () => {
    const doc = await readDocx(bytes);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(clauseText(terms));
    const labels = doc.paragraphs.filter((p) => p.listLabel).map((p) => p.listLabel);
    expect(labels).toEqual([
      ...(terms.recitals?.paragraphs.map((p) => p.label) ?? []),
      ...terms.clauses.flatMap((c) => [`${c.number}.`, ...c.paragraphs.map((p) => p.label)]),
    ]);
    expect(terms.signing?.blocks.map((b) => b.heading)).toEqual([`For and on behalf of ${terms.parties.A.name}`, `For and on behalf of ${terms.parties.B.name}`]);
    expect(new Set(doc.paragraphs.map((p) => p.contentControl?.tag).filter(Boolean))).toEqual(new Set(terms.clauses.map((c) => c.tag)));
  });

  it('reads the same in mammoth', async () => {
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(normalise(raw)).toBe(normalise(clauseText(terms).join('\n')));
  });

  it('passes our own review: every required topic present, no high or medium finding', async () => {
    const doc = await readDocx(bytes);
    const role = terms.ourRole;
    const playbooks: Playbooks = {};
    for (const s of library.scenarios) playbooks[s.id] = s.playbook as Playbooks[typeof s.id];
    const result = review(doc, { scenario, role, library, playbooks });
    const absent = playbookFor(library, scenario, role).required.filter((id) => !result.topics.find((t) => t.id === id)?.present);
    expect(absent).toEqual([]);
    const serious = result.findings.filter((f) => f.severity === 'high' || f.severity === 'medium').map((f) => `${f.rule} (${f.topic}): ${f.message} @ ${f.evidence.map((e) => e.text.slice(0, 80)).join(' | ')}`);
    expect(serious).toEqual([]);
  });
});
