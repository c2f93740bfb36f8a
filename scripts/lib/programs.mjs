// The test programs, defined once for `npm test` and the TypeScript version matrix.
// Each entry is checked in a program of its own, because a program that loads the global entry
// makes `Taro` visible to every file in it: the /module tests must not see it.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { root, versionOf } from './consumer.mjs'

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
    typingsFile: 'types/global.d.ts',
    testFiles: testFiles.filter(file => !file.startsWith('module')),
    compilerOptions: { ...baseOptions, types: ['taro-upload-task-types/global'] },
  },
  {
    name: 'module',
    title: '/module entry, no global',
    typingsFile: 'types/module.d.ts',
    testFiles: testFiles.filter(file => file.startsWith('module')),
    compilerOptions: { ...baseOptions, types: [] },
  },
]

/** Consumer flags that make declarations fail when they are loose about optional or indexed members. */
const extraStrict = {
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
}
const verbatim = { verbatimModuleSyntax: true, isolatedModules: true }
const dom = { lib: ['es2017', 'dom'] }

/**
 * The consumer settings users have, each checked for both entries with the same test files, copied to
 * the file kinds listed. moduleResolution is left unset for node10 (module commonjs implies it on every
 * version; TypeScript 6 deprecates and 7 removes writing it out). verbatimModuleSyntax goes with ESM
 * files only: it forbids `import` statements (the tests' own) in CommonJS files.
 */
export const settings = [
  { name: 'node10', title: 'node10, .ts/.cts/.mts, extra strict flags', extensions: ['.ts', '.cts', '.mts'], options: { ...extraStrict } },
  { name: 'node10-dom', title: 'node10 with the DOM lib, extra strict flags', extensions: ['.ts'], options: { ...extraStrict, ...dom } },
  { name: 'node16', title: 'node16, .ts/.cts/.mts, extra strict flags', extensions: ['.ts', '.cts', '.mts'], options: { ...extraStrict, module: 'node16' } },
  { name: 'nodenext', title: 'nodenext, .ts/.cts/.mts, extra strict flags', extensions: ['.ts', '.cts', '.mts'], options: { ...extraStrict, module: 'nodenext' } },
  { name: 'nodenext-verbatim', title: 'nodenext ESM (.mts), verbatimModuleSyntax + isolatedModules, extra strict flags', extensions: ['.mts'], options: { ...extraStrict, ...verbatim, module: 'nodenext' } },
  { name: 'bundler', title: 'bundler (module esnext), .ts/.cts/.mts, extra strict flags', extensions: ['.ts', '.cts', '.mts'], options: { ...extraStrict, module: 'esnext', moduleResolution: 'bundler' } },
  { name: 'bundler-verbatim', title: 'bundler (module preserve), .ts/.mts, verbatimModuleSyntax + isolatedModules, extra strict flags', extensions: ['.ts', '.mts'], options: { ...extraStrict, ...verbatim, module: 'preserve', moduleResolution: 'bundler' } },
]

/** The entries' programs under one consumer setting. */
export const programsUnder = setting =>
  programs.map(program => ({
    ...program,
    name: `${setting.name}-${program.name}`,
    extensions: setting.extensions,
    compilerOptions: { ...program.compilerOptions, ...setting.options },
  }))

/**
 * The platforms' own typings (root devDependencies, used by tests only), each beside ours in one
 * program. Taro 4's own files have hundreds of strict-mode diagnostics of their own with skipLibCheck
 * off; `npm test` counts and sets them aside, while any diagnostic elsewhere fails the check.
 */
export const peerPrograms = [
  {
    name: 'peer-wechat',
    title: `miniprogram-api-typings ${versionOf('miniprogram-api-typings')} (global WechatMiniprogram) with the global entry`,
    testFiles: ['peers/wechat.test-d.ts'],
    compilerOptions: { ...baseOptions, types: ['taro-upload-task-types/global', 'miniprogram-api-typings'] },
  },
  {
    name: 'peer-uni-app',
    title: `@dcloudio/types ${versionOf('@dcloudio/types')} (global UniApp, needs the DOM lib) with the global entry`,
    testFiles: ['peers/uni-app.test-d.ts'],
    compilerOptions: { ...baseOptions, lib: ['es2017', 'dom'], types: ['taro-upload-task-types/global', '@dcloudio/types'] },
  },
  {
    name: 'peer-taro4',
    title: `@tarojs/taro ${versionOf('@tarojs/taro')} (imported) with the /module entry`,
    testFiles: ['peers/taro4.test-d.ts'],
    compilerOptions: { ...baseOptions, esModuleInterop: true, types: [] },
  },
  {
    name: 'peer-taro4-root',
    title: `@tarojs/taro ${versionOf('@tarojs/taro')} with the root entry in tsconfig "types" (no custom typeRoots)`,
    testFiles: ['peers/taro4-root.test-d.ts'],
    compilerOptions: { ...baseOptions, esModuleInterop: true, types: ['taro-upload-task-types'] },
  },
]

/** The global entry beside Taro 4: both declare a global `Taro`. */
export const taroGlobalCollision = {
  name: 'peer-taro4-global',
  testFiles: ['peers/taro4-global.test-d.ts'],
  compilerOptions: { ...baseOptions, esModuleInterop: true, types: ['taro-upload-task-types/global'] },
}

/**
 * The smallest consumers, one per entry and module system, for the count budgets: what the package
 * adds to a program that uses it. Each has one file, `consumer<extension>`, with the source given.
 */
const globalUse = 'declare const task: Taro.UploadTask\ntask.abort()\nexport {}\n'
const moduleUse = "import type { UploadTask } from 'taro-upload-task-types/module'\ndeclare const task: UploadTask\ntask.abort()\n"
const moduleFiles = ['fetch-response.d.ts', 'module.d.ts', 'runtime-data.d.ts', 'runtime.d.ts', 'upload-task.d.ts']
export const budgetConsumers = [
  // [module system, file kind, options, what the global entry loads, what /module loads] (TypeScript 6.0 and
  // 7.0 alike): ESM and bundler consumers of /module load the `.d.mts` of the `import` condition; node10
  // and bundler consumers of /global load global.d.mts beside global.d.ts.
  ['node10', '.ts', {}, ['global.d.mts', 'global.d.ts', 'upload-task.d.ts'], moduleFiles],
  ['node16-cjs', '.cts', { module: 'node16' }, ['global.d.ts', 'upload-task.d.ts'], moduleFiles],
  ['node16-esm', '.mts', { module: 'node16' }, ['global.d.ts', 'upload-task.d.ts'], [...moduleFiles, 'module.d.mts'].sort()],
  ['bundler', '.ts', { module: 'esnext', moduleResolution: 'bundler' }, ['global.d.mts', 'global.d.ts', 'upload-task.d.ts'], [...moduleFiles, 'module.d.mts'].sort()],
].flatMap(([mode, extension, options, globalLoads, moduleLoads]) => [
  { name: `budget-global-${mode}`, extension, source: globalUse, loads: globalLoads, compilerOptions: { ...baseOptions, ...options, types: ['taro-upload-task-types/global'] } },
  { name: `budget-module-${mode}`, extension, source: moduleUse, loads: moduleLoads, compilerOptions: { ...baseOptions, ...options, types: [] } },
])

/** Every file of the packed tarball, sorted: what `files` in package.json and npm's own rules put in. */
export const packedFiles = ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json', ...['fetch-response.d.ts', 'global.d.mts', 'global.d.ts',
  'index.d.mts', 'index.d.ts', 'module.d.mts', 'module.d.ts', 'runtime-data.d.ts', 'runtime.d.ts', 'upload-task.d.ts'].map(file => `types/${file}`)]

/**
 * The budgets `npm test` asserts, on counts (never times, so they cannot flake). `/global` loads the
 * documented interface only; `/module` adds the runtime types (runtime.d.ts, its generated data and the
 * fetch Response), one concern per file.
 */
export const budgets = { files: { global: 3, module: 6 }, lines: 1000, dependencies: 0, tarballBytes: 32 * 1024 }
