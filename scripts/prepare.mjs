// `npm test`'s first step (its pretest script): lays out everything the tests read, once, before any of
// them starts, so that tests running at the same time share nothing they write:
//  - the packed tarball, installed by name in the scratch consumer .cache/consumer (what npm said of the
//    tarball is kept there as packed.json for the tests);
//  - the TypeScript versions of the matrix, in .cache/typescript (installed when missing);
//  - the test programs of programs/ and their test files (see scripts/lib/programs.mjs);
//  - the published declarations laid out for dtslint, as DefinitelyTyped lays out a package;
//  - the Taro projects of test-taro/, in .cache/taro-projects, with their own @tarojs/taro.
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { consumerDir, installPackedConsumer, publishedTypes, root, writeJson } from './lib/consumer.mjs'
import { layOutPrograms } from './lib/programs.mjs'
import { prepareTaroProjects } from './lib/taro-projects.mjs'
import { ensureMatrixInstalled, matrixVersions } from './lib/typescript.mjs'

const started = Date.now()
const packed = await installPackedConsumer()
writeJson(join(consumerDir, 'packed.json'), packed)
console.log(`packed ${packed.filename} (${packed.size} bytes, ${packed.files.length} files) and installed it in .cache/consumer`)

const installed = ensureMatrixInstalled()
console.log(`TypeScript ${matrixVersions[0]} to ${matrixVersions.at(-1)}: ${matrixVersions.length} versions in .cache/typescript` +
  (installed > 0 ? ` (${installed} installed now)` : ' (cached)'))

layOutPrograms()

// dtslint: the /global entry as index.d.ts, the files it and /module load beside it, and the test file.
const dtslintDir = join(consumerDir, 'dtslint')
rmSync(dtslintDir, { recursive: true, force: true })
cpSync(join(root, 'test-d/dtslint'), dtslintDir, { recursive: true })
for (const file of ['upload-task.d.ts', 'runtime.d.ts', 'runtime-data.d.ts', 'runtime-data-older.d.ts', 'fetch-response.d.ts', 'module.d.ts']) cpSync(join(publishedTypes, file), join(dtslintDir, file))
cpSync(join(publishedTypes, 'global.d.ts'), join(dtslintDir, 'index.d.ts'))

await prepareTaroProjects(packed.tarball)
console.log(`test programs, dtslint's folder and the Taro projects laid out (${((Date.now() - started) / 1000).toFixed(1)} s in all)`)
