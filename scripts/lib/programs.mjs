// The test programs, defined once for `npm test` and the TypeScript version matrix.
// Each entry is checked in a program of its own, because a program that loads the global entry
// makes `Taro` visible to every file in it: the /module tests must not see it.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './consumer.mjs'

/** Strict, no lib check skipped, no DOM: the strictest plain setup, valid on TypeScript 4.0 to 7.0. */
export const baseOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  forceConsistentCasingInFileNames: true,
  target: 'es2017',
  module: 'commonjs',
  lib: ['es2017'],
}

const testFiles = readdirSync(join(root, 'test-d')).filter(file => file.endsWith('.test-d.ts')).sort()

export const programs = [
  {
    name: 'global',
    title: 'global entry, through tsconfig "types"',
    typingsFile: 'types/index.d.ts',
    testFiles: testFiles.filter(file => !file.startsWith('module')),
    compilerOptions: { ...baseOptions, types: ['taro-upload-task-types'] },
  },
  {
    name: 'module',
    title: '/module entry, no global',
    typingsFile: 'types/upload-task.d.ts',
    testFiles: testFiles.filter(file => file.startsWith('module')),
    compilerOptions: { ...baseOptions, types: [] },
  },
]
