/** Runs the compiled *.e2e.js files of a folder with mocha inside the extension host. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function runMochaIn(folder: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: join(__dirname, '../../../test/reporter.js') });
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.e2e.js')).sort()) mocha.addFile(join(folder, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} real-host test(s) failed`)) : resolve()));
  });
}
