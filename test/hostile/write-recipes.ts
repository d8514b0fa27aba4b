// Writes named hostile-input recipes to a folder, for tests that cannot import TypeScript
// (the browser tests): `tsx test/hostile/write-recipes.ts OUT_DIR FILE...`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { RECIPES } from './recipes';

async function main(): Promise<void> {
  const [dir, ...files] = process.argv.slice(2);
  if (!dir) throw new Error('usage: write-recipes.ts OUT_DIR FILE...');
  for (const file of files) {
    const recipe = RECIPES.find((r) => r.file === file);
    if (!recipe) throw new Error(`no recipe writes ${file}`);
    writeFileSync(path.join(dir, file), await recipe.make());
  }
}

void main();
