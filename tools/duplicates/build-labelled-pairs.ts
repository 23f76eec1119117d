/**
 * Writes tools/duplicates/labelled-pairs.json from labelled-set.ts (deterministic: same input, same file).
 *   node -r ./tools/register.js tools/duplicates/build-labelled-pairs.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledPairsJson } from './labelled-pairs.file';

const file = join(__dirname, 'labelled-pairs.json');
writeFileSync(file, labelledPairsJson());
process.stdout.write(`wrote ${file}\n`);
