// The test programs. Each folder of programs/ is one: its tsconfig.json is the file a reader opens to
// see what compiles, and its first comment says what the program is for. `npm test` (its pretest step,
// scripts/prepare.mjs) copies programs/ as it is into .cache/consumer/programs/, where the packed
// tarball is installed by name, and puts beside each tsconfig.json the test files its "files" names:
//   test-d/<name>.ts, .cts or .mts  <-  the repository's test-d/<name>.ts (one source, three file kinds)
// Other files a program needs are either in its folder here (examples-documented/env.d.ts) or written
// by its own check into its own folder (the @example blocks, the cells, the counts).
import { createRequire } from 'node:module'
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { consumerDir, exactExpectType, readConfig, root, writeTsdStub } from './consumer.mjs'
import { writeCheckFiles } from './expect-errors.mjs'

const source = join(root, 'programs')

/** Every program's name (its folder), sorted. */
export const programNames = readdirSync(source, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort()

/** The names of the programs whose name matches the pattern. */
export const programsMatching = pattern => programNames.filter(name => pattern.test(name))

/** Where a program runs: its folder in the scratch consumer. */
export const programDir = name => join(consumerDir, 'programs', name)

const require = createRequire(import.meta.url)
const { parseConfig, shareInstalledDeclarations } = require('./program-host.cjs')

/** The project's TypeScript, loaded only by the checks that read a checker (it takes a second to load). */
const typescript = () => require('typescript')

/** A program's tsconfig.json as laid out in the consumer, parsed by the project's TypeScript (extends followed). */
export function parsedConfig(name) {
  const ts = typescript()
  const parsed = parseConfig(ts, join(programDir(name), 'tsconfig.json'))
  if (parsed.errors.length > 0) throw new Error(`programs/${name}: ${parsed.errors.map(error => ts.flattenDiagnosticMessageText(error.messageText, '\n')).join('; ')}`)
  return parsed
}

/**
 * The program of a tsconfig.json laid out in the consumer, with the project's TypeScript, for checks that
 * read the checker; installed declaration files are parsed once per process (see program-host.cjs).
 */
export function createProgramOf(name) {
  const ts = typescript()
  const { fileNames, options } = parsedConfig(name)
  return ts.createProgram(fileNames, options, shareInstalledDeclarations(ts.createCompilerHost(options), declarations))
}
const declarations = new Map()

/** What a program is for: the comment lines at the top of its tsconfig.json, joined. */
export function programTitle(name) {
  const text = readFileSync(join(source, name, 'tsconfig.json'), 'utf8')
  return text.split('\n').filter(line => line.startsWith('//')).map(line => line.slice(2).trim()).join(' ')
}

/**
 * tsd reads `expectType<T>(value)` as it is written, and brings its own declarations of the assertions;
 * every other program gets the rewrite that makes plain tsc check identity (see exactExpectType).
 */
const readByTsd = name => name.startsWith('tsd-')

/**
 * Lays out every program in the consumer: programs/ copied, the test files each names, and the files
 * the @ts-expect-error check reads. Run once, before any check starts, so that checks running at the
 * same time share nothing they write.
 */
export function layOutPrograms() {
  const target = join(consumerDir, 'programs')
  // Everything goes but TypeScript's build info (.tsbuildinfo/, see tsc-api.cjs), which is keyed by content.
  mkdirSync(target, { recursive: true })
  for (const entry of readdirSync(target)) {
    if (!programNames.includes(entry)) rmSync(join(target, entry), { recursive: true, force: true })
    else for (const inner of readdirSync(join(target, entry)).filter(inner => inner !== '.tsbuildinfo')) rmSync(join(target, entry, inner), { recursive: true, force: true })
  }
  cpSync(source, target, { recursive: true })
  for (const name of programNames) {
    const dir = programDir(name)
    const files = readConfig(join(dir, 'tsconfig.json')).files ?? []
    for (const file of files.filter(file => file.startsWith('test-d/'))) {
      const text = readFileSync(join(root, file.replace(/\.[cm]ts$/, '.ts')), 'utf8')
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), readByTsd(name) ? text : exactExpectType(text))
    }
    if (readByTsd(name)) writeTsdStub(dir, join(root, 'node_modules/tsd/dist/lib/assertions/assert.d.ts'))
    // A program of test files gets its @ts-expect-error check; the others' files are written by their checks.
    if (files.length > 0 && files.every(file => file.startsWith('test-d/'))) writeCheckFiles(dir)
  }
}

/** Every file of the packed tarball, sorted: what `files` in package.json and npm's own rules put in. */
export const packedFiles = ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json', ...['fetch-response.d.ts', 'global.d.mts', 'global.d.ts',
  'index.d.mts', 'index.d.ts', 'module.d.mts', 'module.d.ts', 'runtime-data-older.d.ts', 'runtime-data.d.ts', 'runtime.d.ts', 'upload-task.d.ts'].map(file => `types/${file}`)]

/**
 * The budgets `npm test` asserts, on counts (never times, so they cannot flake). `/global` loads the
 * documented interface only; `/module` adds the runtime types (runtime.d.ts, its generated data and the
 * fetch Response), one concern per file. `/module` went from 6 files to 7 when the data of the lines
 * before 3.3 moved to a file of their own, which the root entry does not load (a Taro project's program
 * parses only the lines its Taro can be). The tarball's budget went from 32 KB to 40 KB in 2.1.0: README's
 * Taro setup (what goes where, the registration errors, the cases where the runtime wins) and the list of
 * published versions took it to 36 KB. It went to 52 KB in 3.0.0: README's runtime table lists every range
 * of releases (190 rows, from 43), which took the tarball to 48 KB. It went to 56 KB after 3.0.0: README
 * and CHANGELOG (both packed) took the tarball to 53.2 KB with the root entry's TypeScript range and the
 * checks added for the mutants issue (made-up data, the docs' prose, the examples' assertions). It went to
 * 60 KB with the older lines' file (57.1 KB before, 58.2 KB after: two files compress less well than one,
 * and README says which lines the root entry accepts).
 */
export const budgets = { files: { global: 3, module: 7 }, lines: 1200, dependencies: 0, tarballBytes: 60 * 1024 }
