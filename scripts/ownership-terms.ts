// `npx tsx scripts/ownership-terms.ts [DIR]`: every ownership term the term reader (src/core/review/
// terms) reads in the real drafts, with its verb, object, holder for the side counsel chose and the
// clause, for reading by eye; last, the count. DIR defaults to ../shared/corpus/realdrafts-dev.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext } from '../src/core/review/engine';
import { holderStance, ownershipTerms } from '../src/core/review/terms/ownership';
import { fromText } from '../src/core/review/text';
import type { RoleId, ScenarioId } from '../src/core/scenarios';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '../../shared/corpus/realdrafts-dev'));
if (!existsSync(path.join(dir, 'expect.json'))) {
  console.log(`ownership-terms: skipped (no drafts at ${dir})`);
  process.exit(0);
}
const { documents } = JSON.parse(readFileSync(path.join(dir, 'expect.json'), 'utf8')) as {
  documents: { file: string; scenario: ScenarioId; side: RoleId }[];
};
let total = 0;
for (const d of documents) {
  const { ctx } = buildContext(fromText(readFileSync(path.join(dir, 'docs', d.file), 'utf8')), { scenario: d.scenario, role: d.side });
  const terms = ownershipTerms(ctx);
  total += terms.length;
  console.log(`\n# ${d.file} (${d.scenario}, ${d.side}): ${terms.length}`);
  for (const t of terms) {
    const who = `${holderStance(ctx, t)}${t.holder ? ` "${t.holder.text}"` : ''}`;
    const extra = [t.from ? `from "${t.from.text}"` : '', t.improves ? `improves ${t.improves}` : '', t.conditions.join(',')].filter(Boolean).join(' ');
    console.log(`  ${t.verb} ${t.things.join('+')} -> ${who} ${extra}\n    ${t.quote.text.replace(/\s+/g, ' ').slice(0, 240)}`);
  }
}
console.log(`\nownership terms: ${total} in ${documents.length} drafts`);
