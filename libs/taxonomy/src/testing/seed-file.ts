import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SeedFile } from '../taxonomy.types';

/**
 * The seed documents live in `shared/seeds/`, a sibling of the repository folder (CI clones the repo next
 * to `shared/`): from libs/taxonomy/src/testing that is five levels up. SCQ_SEEDS_DIR overrides it.
 */
export const seedsDir = process.env['SCQ_SEEDS_DIR'] ?? path.join(__dirname, '../../../../../shared/seeds');

/** Reads a seed document; a missing file is a clear failure, never a skip. */
export function readSeed(file: SeedFile, dir: string = seedsDir): string {
  const location = path.resolve(dir, file);
  if (!existsSync(location)) {
    throw new Error(
      `种子文件缺失 seed file missing: ${location}. The taxonomy tests check the data against the plan text in shared/seeds/ ` +
        '(a sibling of the repository folder); clone or copy it there, or set SCQ_SEEDS_DIR to the folder that holds it.',
    );
  }
  return readFileSync(location, 'utf8');
}
