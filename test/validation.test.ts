import { readdirSync } from 'node:fs';
import { check } from '../src/pipeline.js';
import { formatDiagnostic } from '../src/diagnostics/format.js';

test('dump', async () => {
  const dir = 'test/fixtures/invalid';
  let out = '';
  for (const f of readdirSync(dir).sort()) {
    const r = await check(`${dir}/${f}`);
    out += `== ${f}\n`;
    if (r.ok) { out += 'OK\n'; continue; }
    for (const d of r.diagnostics) out += JSON.stringify({ ...d, file: undefined }) + '\n  ' + formatDiagnostic(d, 'fr') + '\n';
  }
  console.log(out);
});
