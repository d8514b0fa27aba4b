// What the unseen samples share: which contracts count as unseen, and a seeded shuffle. A CUAD
// contract is unseen when nothing in the repository (code, tests, docs, the library), the git log
// or the real drafts' sources names it or its company, and the drafting sample (seed 12) did not
// draw it among its first 40. A ContractNLI NDA (the eval reads them for topic presence only) is
// unseen when nothing in the repository names its file name. Naming a contract anywhere in the
// repository takes it out of later draws, so each sample pins what it drew.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { arg, random } from './seeded';

export const ROOT = path.resolve(__dirname, '..');
export const CUAD = path.resolve(ROOT, '../shared/corpus/cuad-dev/text');
export const NLI = path.resolve(ROOT, '../shared/corpus/contractnli-dev/dev.json');
/** Published standard agreements (Markdown) and real agreements as Word files. */
export const STANDARD_TERMS = path.resolve(ROOT, '../shared/corpus/standard-terms');
export const DOCX = path.resolve(ROOT, '../shared/corpus/docx');
/** Agreements found in public GitHub repositories, kept outside the repository (never committed). */
export const GITHUB = path.resolve(ROOT, '../unseen-gh');

/** Where a GitHub draw keeps a file: ../unseen-gh, or the folder beside the repository its reading names
 * (each later draw keeps its own folder, such as ../unseen-gh2, so the earlier draws stay as they were). */
export function githubFile(file: string, folder?: string): string {
  return folder === undefined ? path.join(GITHUB, file) : path.resolve(ROOT, '..', folder, file);
}

export type Source = 'cuad' | 'contractnli' | 'standard-terms' | 'docx' | 'github';

/** The ContractNLI NDAs by file name (their only stable name: the ids are small numbers). */
export function ndaTexts(): Map<string, string> {
  const data = JSON.parse(readFileSync(NLI, 'utf8')) as { documents: { file_name: string; text: string }[] };
  return new Map(data.documents.map((d) => [d.file_name, d.text]));
}

export function shuffled(files: string[], seed: number): string[] {
  const out = [...files];
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Everything the repository says, lower-cased: a contract named anywhere in it has been looked at. */
function repositoryText(): string {
  const parts: string[] = [execSync('git log --format=%B', { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 })];
  const walk = (p: string): void => {
    if (/node_modules|\.git$|[/\\]lib$/.test(p)) return;
    if (statSync(p).isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
    else if (/\.(?:ts|tsx|js|mjs|cjs|json|md|yaml|yml|tsv)$/.test(p)) parts.push(readFileSync(p, 'utf8'));
  };
  for (const d of ['src', 'test', 'scripts', 'docs', 'bench', 'clause-library', 'README.md']) if (existsSync(path.join(ROOT, d))) walk(path.join(ROOT, d));
  const sources = path.resolve(ROOT, '../shared/corpus/realdrafts-dev/SOURCES.tsv');
  if (existsSync(sources)) parts.push(readFileSync(sources, 'utf8'));
  return parts.join('\n').toLowerCase();
}

/**
 * The kinds of deal the product reviews, by the title in the file name. Not "Cooperation Agreement": in SEC filings that is a settlement with an activist shareholder.
 * The close neighbours after it (added for the draw of 9 December, when no text of the first kinds was left): master services and consulting
 * work with deliverables, co-branding (cross-licences of marks and content), and affiliate sales agents (a reseller's cousin). Not a bare
 * "Service Agreement": under English law that is an employment contract. For the draw of 10 December, when those too were spent: endorsements
 * (a licence of a name and likeness), online promotion deals, and servicing agents paid for the customers they serve (an agent's cousin).
 */
const IN_SCOPE =
  /development|licen[cs]e|supply|distribut|reseller|collaboration|joint venture|strategic alliance|manufactur|intellectual property|outsourcing|hosting|maintenance|marketing|master services|consulting|co-branding|affiliate|endorsement|promotion|servicing/i;

/**
 * The CUAD texts of the deals the product reviews that nothing has named, in name order; with
 * `outside`, those of every other kind (drafting points apply to any commercial contract, and the
 * in-scope pool is nearly spent).
 */
export function unseenContracts(outside = false): { all: number; unseen: string[] } {
  const all = readdirSync(CUAD).filter((f) => f.endsWith('.txt')).sort();
  const seen = repositoryText();
  const drafted = new Set(shuffled(all, 12).slice(0, 40));
  const unseen = all.filter((f) => {
    const stem = f.replace(/\.txt$/, '').toLowerCase();
    const company = stem.split(/[_ ,.-]/)[0]!;
    return !drafted.has(f) && !seen.includes(stem) && !(company.length >= 5 && seen.includes(company)) && IN_SCOPE.test(f) !== outside;
  });
  return { all: all.length, unseen };
}

/** The ContractNLI NDAs nothing in the repository names, in name order. */
export function unseenNdas(): { all: number; unseen: string[] } {
  const all = [...ndaTexts().keys()].sort();
  const seen = repositoryText();
  return { all: all.length, unseen: all.filter((f) => !seen.includes(f.toLowerCase())) };
}

/** `--draw [--source contractnli | --outside-scope]`: print a fresh draw of unseen contracts (the script's seed unless --seed is given) and stop. */
export function drawIfAsked(seed: number): void {
  if (!process.argv.includes('--draw')) return;
  const nli = arg('--source') === 'contractnli';
  const outside = process.argv.includes('--outside-scope');
  const { all, unseen } = nli ? unseenNdas() : unseenContracts(outside);
  const draw = shuffled(unseen, Number(arg('--seed') ?? seed)).slice(0, Number(arg('--count') ?? 15));
  console.log(`${all} ${nli ? 'ContractNLI NDAs' : 'CUAD texts'}, ${unseen.length} unseen${nli ? '' : outside ? ' and outside scope' : ' and in scope'}; drawn:`);
  for (const f of draw) console.log(`  ${f}`);
  process.exit(0);
}
