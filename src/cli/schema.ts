/** `impact schema`: the JSON Schema of evaluation files, for editors. */
import { buildSchema } from '../grid/schema.js';
import { writeAtomic } from '../write/atomic.js';
import { say } from './io.js';

export function schemaText(): string {
  return `${JSON.stringify(buildSchema(), null, 2)}\n`;
}

export async function printSchema(options: { out?: string }): Promise<number> {
  if (!options.out) {
    process.stdout.write(schemaText());
    return 0;
  }
  await writeAtomic(options.out, schemaText());
  say(options.out);
  return 0;
}
