// Every TypeScript minor from 4.0 to 7.0 (the project's own is one of them): both entries' tests and
// the dtslint test file compile (programs/matrix-*), and every @ts-expect-error fails with its code.
// Two versions run at a time.
import { describe } from 'node:test'
import { check } from '../scripts/lib/check.mjs'
import { checkPrograms } from '../scripts/lib/expect-errors.mjs'
import { programDir, programsMatching } from '../scripts/lib/programs.mjs'
import { matrixTsc, matrixVersions } from '../scripts/lib/typescript.mjs'

const matrix = programsMatching(/^matrix-/).map(programDir)
const exact = [programDir('exact-expect-type')]

describe('the TypeScript matrix', { concurrency: 2 }, () => {
  for (const version of matrixVersions) {
    check(`TypeScript ${version}: both entries' tests and the dtslint file compile; every @ts-expect-error fails with its code`, () =>
      checkPrograms(matrix, matrixTsc(version)).then(result => result.problems))
  }
  for (const version of [matrixVersions[0], matrixVersions.at(-1)]) {
    check(`TypeScript ${version}: the matrix's expectType is exact (programs/exact-expect-type: identity passes; a subtype, a supertype, any are rejected)`, () =>
      checkPrograms(exact, matrixTsc(version)).then(result => result.problems))
  }
})
