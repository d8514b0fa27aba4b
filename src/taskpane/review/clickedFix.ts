import { addsClause, type Finding, type ReviewResult } from '../../core/findings';
import type { DocModel } from '../../core/document';
import type { Library } from '../../core/library';
import type { Locale } from '../../core/i18n';
import type { ClickedFix } from '../../core/fix/clicked';
import type { FixReport, Host, HostResult } from '../../host/types';
import { locateEvidence } from '../../host/common/locate';
import { worded } from '../../core/review/reword';
import type { ActionMessage } from '../shared/ActionMessage';

type Fixes = { clickedFix: (library: Library, review: ReviewResult, doc: DocModel, finding: Finding, open: readonly Finding[], options: { locale: Locale; companyName: string }) => ClickedFix | null };

/** What the click did: Word's report of the change, or what to tell the user where nothing went in or more was answered. */
export type Clicked = HostResult<FixReport | ActionMessage>;

const say = (said: ActionMessage): Clicked => ({ ok: true, value: said, notes: [] });

/**
 * One click on "apply fix" in Word: the fix goes in as the redline of the open points would put it
 * (core's clickedFix), joined with the fixes of the other open points on the same clause, or not
 * at all where a change of ours already holds it or another point's fix rewrites the clause. The
 * points are read where their quotes stand now, the changes made so far accepted.
 */
export function applyClicked(host: Host, parts: Fixes, library: Library, review: ReviewResult, doc: DocModel, f: Finding, open: readonly Finding[], options: { locale: Locale; companyName: string }): Promise<Clicked> {
  const texts = doc.paragraphs.map((p) => p.text);
  const here = (x: Finding): Finding | null => {
    const ev = x.evidence[0];
    if (!ev || addsClause(x)) return x;
    const at = locateEvidence(texts, ev);
    return at && { ...x, evidence: [{ ...ev, paragraph: at.paragraph, start: at.start, end: at.end }, ...x.evidence.slice(1)] };
  };
  const now = here(f);
  const others = open.flatMap((x) => (x.id === f.id ? [now ?? f] : (here(x) ?? [])));
  const clicked = parts.clickedFix(library, review, doc, now ?? f, others, options);
  if (clicked?.kind === 'in') return Promise.resolve(say({ intent: 'success', key: 'fix.click.alreadyIn' }));
  // Its words are gone with the changes accepted (a change already made to its clause): nothing is put in by a guess.
  if (!now) return Promise.resolve({ ok: false, error: { key: 'host.error.passageGone' }, done: [] });
  if (!clicked) return Promise.resolve({ ok: false, error: { key: 'ui.action.noFix' }, done: [] });
  if (clicked.kind === 'changed') return Promise.resolve(say({ intent: 'warning', key: 'fix.click.changed' }));
  // The other points named in the pane's language now, which may not be the one the review ran in.
  const named = (x: Finding): string => (x.wording ? worded(options.locale, x.wording).message : x.message);
  if (clicked.kind === 'covered') return Promise.resolve(say({ intent: 'warning', key: 'fix.click.covered', params: { point: named(clicked.by) } }));
  const { clause, placement, also } = clicked;
  return host.applyFix(now, clause, placement).then((r): Clicked =>
    r.ok && also.length > 0 ? { ...r, value: { intent: 'success', key: 'fix.click.joined', params: { points: also.map(named).join(options.locale === 'zh-CN' ? '；' : '; ') } } } : r,
  );
}
