// Every TypeScript minor from 4.0 to 7.0 (the project's own is one of them): both entries' tests and
// the dtslint test file compile (programs/matrix-*), and every @ts-expect-error fails with its code; the
// root entry's test beside Taro's types from 4.3 on (rootEntryVersions), and 4.2 is shown to fail it.
// Two versions run at a time. A version's pass is kept while the tarball, the compiler, the programs as
// laid out (their tsconfigs and test files) and the code that compiles and compares them are the same.
import { describe } from 'node:test'
import { join } from 'node:path'
import { check, filesOf, keptWhilePassing } from '../scripts/lib/check.mjs'
import { consumerDir, installedTarball, root, versionOf } from '../scripts/lib/consumer.mjs'
import { checkPrograms } from '../scripts/lib/expect-errors.mjs'
import { programDir, programsMatching } from '../scripts/lib/programs.mjs'
import { matrixTsc, matrixVersions, rootEntryVersions } from '../scripts/lib/typescript.mjs'

const rootProgram = programDir('matrix-root')
const taro = versionOf('@tarojs/taro')
/** The matrix programs a version compiles: the root entry's only from the first version it supports. */
const matrixFor = version => programsMatching(/^matrix-/).map(programDir).filter(dir => dir !== rootProgram || rootEntryVersions.includes(version))
const exact = [programDir('exact-expect-type')]

const checkCode = ['scripts/lib/expect-errors.mjs', 'scripts/lib/tsc-api.cjs', 'scripts/lib/typescript.mjs'].map(file => join(root, file))

/**
 * Checks some programs with one TypeScript, keeping a pass under the hash of every input. `problemsOf`
 * turns what checkPrograms found into the check's problems (by default, those it found).
 */
const kept = (name, dirs, version, problemsOf = result => result.problems) => keptWhilePassing(`${name}-${version}`, [`tarball ${installedTarball(consumerDir)}`, `typescript ${version}`, ...checkCode, ...filesOf(dirs)],
  () => checkPrograms(dirs, matrixTsc(version)).then(problemsOf))

describe('the TypeScript matrix', { concurrency: 2 }, () => {
  for (const version of matrixVersions) {
    check(`TypeScript ${version}: both entries' tests and the dtslint file${rootEntryVersions.includes(version) ? `, and the root entry beside @tarojs/taro ${taro}'s types,` : ''} compile; every @ts-expect-error fails with its code`, () => kept('matrix', matrixFor(version), version))
  }
  const before = matrixVersions[matrixVersions.indexOf(rootEntryVersions[0]) - 1]
  check(`TypeScript ${before}: the root entry beside @tarojs/taro ${taro}'s types does not compile (a wrapper typed typeof Taro.uploadFile loses its parameter's type, TS7006), which is why it is checked from ${rootEntryVersions[0]} on`, () => kept('root-floor', [rootProgram], before, ({ problems }) =>
    problems.some(problem => /TS7006/.test(problem)) ? [] : [`it compiles on ${before}${problems.length ? ` with other errors: ${problems.join('; ')}` : ''}: the root entry's oldest TypeScript (rootEntryVersions in scripts/lib/typescript.mjs) is older than said`]))
  for (const version of [matrixVersions[0], matrixVersions.at(-1)]) {
    check(`TypeScript ${version}: the matrix's expectType is exact (programs/exact-expect-type: identity passes; a subtype, a supertype, any are rejected)`, () => kept('exact', exact, version))
  }
})
