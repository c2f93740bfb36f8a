// Every TypeScript minor from 4.0 to 7.0 (the project's own is one of them): both entries' tests and
// the dtslint test file compile (programs/matrix-*), and every @ts-expect-error fails with its code.
// Two versions run at a time. A version's pass is kept while the tarball, the compiler, the programs as
// laid out (their tsconfigs and test files) and the code that compiles and compares them are the same.
import { describe } from 'node:test'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { check, keptWhilePassing } from '../scripts/lib/check.mjs'
import { consumerDir, installedTarball, root } from '../scripts/lib/consumer.mjs'
import { checkPrograms } from '../scripts/lib/expect-errors.mjs'
import { programDir, programsMatching } from '../scripts/lib/programs.mjs'
import { matrixTsc, matrixVersions } from '../scripts/lib/typescript.mjs'

const matrix = programsMatching(/^matrix-/).map(programDir)
const exact = [programDir('exact-expect-type')]

/** Every file of some folders (the programs as laid out), sorted, for a kept pass's inputs. */
const filesOf = dirs => dirs.flatMap(dir => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter(entry => entry.isFile() && !entry.name.endsWith('.tsbuildinfo')).map(entry => join(entry.parentPath ?? entry.path, entry.name))).sort()
const checkCode = ['scripts/lib/expect-errors.mjs', 'scripts/lib/tsc-api.cjs', 'scripts/lib/typescript.mjs'].map(file => join(root, file))

/** Checks some programs with one TypeScript, keeping a pass under the hash of every input. */
const kept = (name, dirs, version) => keptWhilePassing(`${name}-${version}`, [`tarball ${installedTarball(consumerDir)}`, `typescript ${version}`, ...checkCode, ...filesOf(dirs)],
  () => checkPrograms(dirs, matrixTsc(version)).then(result => result.problems))

describe('the TypeScript matrix', { concurrency: 2 }, () => {
  for (const version of matrixVersions) {
    check(`TypeScript ${version}: both entries' tests and the dtslint file compile; every @ts-expect-error fails with its code`, () => kept('matrix', matrix, version))
  }
  for (const version of [matrixVersions[0], matrixVersions.at(-1)]) {
    check(`TypeScript ${version}: the matrix's expectType is exact (programs/exact-expect-type: identity passes; a subtype, a supertype, any are rejected)`, () => kept('exact', exact, version))
  }
})
