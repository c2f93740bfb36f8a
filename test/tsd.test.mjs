// tsd and dtslint, the two type-test tools of the design, on the published declarations.
import { join, relative } from 'node:path'
import tsdModule from 'tsd'
import { check, command } from '../scripts/lib/check.mjs'
import { consumerDir, readConfig, root } from '../scripts/lib/consumer.mjs'
import { programDir, programTitle } from '../scripts/lib/programs.mjs'

const { default: tsd, formatter } = tsdModule

for (const [name, typingsFile] of [['tsd-global', 'types/global.d.ts'], ['tsd-module', 'types/module.d.ts']]) {
  check(`tsd (programs/${name}): ${programTitle(name)}`, async () => {
    const diagnostics = await tsd({
      cwd: programDir(name),
      typingsFile: `../../node_modules/taro-upload-task-types/${typingsFile}`,
      testFiles: readConfig(join(programDir(name), 'tsconfig.json')).files,
    })
    return diagnostics.length === 0 ? [] : [formatter(diagnostics)]
  })
}

// dtslint lints the published declarations themselves, laid out (by scripts/prepare.mjs) as
// DefinitelyTyped lays out a package: the /global entry as index.d.ts, the files it and /module load
// beside it, and the test file with test-d/dtslint's tsconfig.json and tslint.json.
check('dtslint: its lint rules on the published declarations (/global as index.d.ts, /module), and $ExpectType on every declaration', () =>
  command(process.execPath, [
    join(root, 'node_modules/dtslint/bin/index.js'),
    '--localTs', join(root, 'node_modules/typescript/lib'),
    relative(root, join(consumerDir, 'dtslint')), // dtslint joins this to the working directory
  ]))
