import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { platformApiDocument } from './platform-api-document';

/**
 * The console's server types, generated from the platform's API document; never edited by hand.
 * `npm run generate:api` writes them; `--print` prints them instead (the freshness test compares).
 */
export const CONSOLE_API_TYPES = join(__dirname, '..', '..', 'apps', 'console', 'src', 'api', 'schema.gen.ts');

const HEADER = `// Generated from the platform's OpenAPI document by \`npm run generate:api\` (tools/openapi/console-api-types.ts).
// Do not edit: change the routes' zod schemas and generate again; a unit test fails while this file is stale.

`;

export async function consoleApiTypes(): Promise<string> {
  const document = platformApiDocument();
  // A request field with a default may be left out; openapi-typescript would make it required (`defaultNonNullable`).
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true, exportType: false, rootTypes: false, defaultNonNullable: false });
  return HEADER + astToString(ast);
}

if (require.main === module) {
  consoleApiTypes().then(
    (types) => {
      if (process.argv.includes('--print')) return void process.stdout.write(types);
      writeFileSync(CONSOLE_API_TYPES, types);
      console.log(`wrote ${CONSOLE_API_TYPES}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
