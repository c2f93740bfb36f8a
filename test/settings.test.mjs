// Consumer settings (programs/<setting>-global and -module): module systems, file kinds, strict flags,
// with and without the DOM lib, with the project's compiler and with TypeScript 7. The compilers' own
// lib files are checked in full in the DOM setting (the one that loads the most of them) only.
import { describe } from 'node:test'
import { check } from '../scripts/lib/check.mjs'
import { checkPrograms } from '../scripts/lib/expect-errors.mjs'
import { programDir, programsMatching } from '../scripts/lib/programs.mjs'
import { matrixTsc, matrixVersions, projectTsc } from '../scripts/lib/typescript.mjs'

const settings = programsMatching(/^(node10|node16|nodenext|bundler)/)

describe('consumer settings', { concurrency: 2 }, () => {
  for (const tsc of [projectTsc, matrixTsc(matrixVersions.at(-1))]) {
    check(`TypeScript ${tsc.version}, both entries under each consumer setting (programs/node10-*, node16-*, nodenext-*, bundler-*: ${settings.length} programs)`, () =>
      checkPrograms(settings.map(programDir), tsc).then(result => result.problems))
  }
})
