// `npm test`: every check of the package, against the packed tarball installed in a scratch
// consumer (never the source folder). Checks run in parallel; their lines are printed in the order
// below, and the run ends with "N passed, N failed".
//   npm test -- tsd example     only the checks whose name has one of these words
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import ts from 'typescript'
import { basename, join, relative } from 'node:path'
import { promisify } from 'node:util'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import tsdModule from 'tsd'
import { consumerDir, installPackedConsumer, root, writeJson, writeProgram } from './lib/consumer.mjs'
import { checkDocs, checkExportedDocs, checkSeeLinks, interfaceMembers } from './lib/docs.mjs'
import { checkEditor } from './lib/editor.mjs'
import { checkPrograms, compile, listFiles } from './lib/expect-errors.mjs'
import { baseOptions, budgetConsumers, budgets, packedFiles, peerPrograms, programs, programsUnder, settings, taroGlobalCollision } from './lib/programs.mjs'
import { ensureMatrixInstalled, matrixTsc, matrixVersions, projectTsc } from './lib/typescript.mjs'
import { runExample } from './example.mjs'
import { summaryBlock } from '../bench/summary.mjs'
import { committedCounts, countsBlock, measureCounts, perSiteBudget } from '../bench/counts.mjs'
import { lines, platforms } from '../probe/lines.mjs'
import { readData } from '../probe/probe.mjs'
import { availability, members, readmeTable, renderTable } from '../probe/table.mjs'
import { declarationsUpToDate } from '../probe/declarations.mjs'
import { checkCells, platformSets } from './lib/cells.mjs'
import { checkExamples } from './lib/examples.mjs'
import { checkTaroProjects, prepareTaroProjects, taroProjects } from './lib/taro-projects.mjs'

const { default: tsd, formatter } = tsdModule
const only = process.argv.slice(2)
const checks = []

/**
 * Declares one named check. fn resolves to a list of problems (empty: passed), or to { problems, note }
 * where note is a line to print under the result; or it throws. Long checks start first, so that the
 * end of the run is short checks on both cores rather than one long check on one.
 */
function check(name, fn, { long = false } = {}) {
  if (only.length === 0 || only.some(word => name.includes(word))) checks.push({ name, fn, long })
}

/** Runs a command; resolves to its output as the problem if it exits non-zero. */
async function command(file, args) {
  try {
    await promisify(execFile)(file, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return []
  } catch (error) {
    return [`${error.stdout ?? ''}${error.stderr ?? ''}` || String(error)]
  }
}

const bin = name => join(root, 'node_modules/.bin', name)

// ------------------------------------------------------------------------------------------------
// Preparation, in order: the tarball in a scratch consumer, and the compilers of the matrix.
// ------------------------------------------------------------------------------------------------
const started = Date.now()
const packed = await installPackedConsumer()
console.log(`packed ${packed.filename} (${packed.size} bytes, ${packed.files.length} files) and installed it in .cache/consumer`)
const runtimeData = readData() // data/runtime.json, read once for the runtime checks
const publishedTypes = join(consumerDir, 'node_modules/taro-upload-task-types/types') // the declarations as installed
const installed = ensureMatrixInstalled()
console.log(`TypeScript ${matrixVersions[0]} to ${matrixVersions.at(-1)}: ${matrixVersions.length} versions in .cache/typescript` +
  (installed > 0 ? ` (${installed} installed now)` : ' (cached)'))

// ------------------------------------------------------------------------------------------------
// The declarations, their docs, and the tests with the project's compiler (tsd, tsc, dtslint).
// ------------------------------------------------------------------------------------------------
check('tsc -p tsconfig.json: the declarations themselves compile under the strictest flags', () =>
  command(projectTsc.command[0], [projectTsc.command[1], '-p', 'tsconfig.json', '--pretty', 'false']))

check('README: its benchmark summary is the one in BENCHMARKS.md', () => {
  const [readme, benchmarks] = ['README.md', 'BENCHMARKS.md'].map(file => summaryBlock(readFileSync(join(root, file), 'utf8')))
  if (!benchmarks) return ['BENCHMARKS.md has no summary block: run npm run bench']
  if (!readme) return ['README.md has no benchmark summary block: copy it from BENCHMARKS.md']
  return readme === benchmarks ? [] : ['README.md\'s benchmark summary differs from BENCHMARKS.md: copy it again after npm run bench']
})

check(`runtime data: every (line, platform) cell of ${lines.length} lines x ${platforms.length} platforms is observed or explained; README's table is generated from it`, () => {
  const { cells } = runtimeData
  const problems = []
  for (const line of lines) {
    for (const platform of platforms) {
      const entry = cells.find(cell => cell.line === line && cell.platform === platform)
      if (!entry) problems.push(`${line} ${platform}: no entry in data/runtime.json`)
      else if (!entry.published && !entry.missing) problems.push(`${line} ${platform}: not executed, and no reason given`)
      else if (entry.published && !entry.members && !entry.uploadFileThrows) problems.push(`${line} ${platform}: executed, but nothing observed`)
      else if (entry.published && !entry.packages.every(spec => /^sha512-/.test(spec.integrity))) problems.push(`${line} ${platform}: a package without its integrity`)
    }
  }
  if (cells.length !== lines.length * platforms.length) problems.push(`data/runtime.json has ${cells.length} entries, expected ${lines.length * platforms.length}`)
  if (readmeTable(readFileSync(join(root, 'README.md'), 'utf8')) !== renderTable(cells).join('\n')) problems.push('README\'s runtime table differs from data/runtime.json: run npm run probe')
  if (!declarationsUpToDate(cells)) problems.push('types/runtime-data.d.ts is not what data/runtime.json gives: run npm run probe')
  return problems
})

check(`runtime types: UploadTaskPromise equals the data for every (line, platform) and for ${platformSets.map(set => set.join(' | ')).join('; ')}: members, what each returns, abort's callback, off() with no argument, listener fields, what await gives`, () => {
  const { problems, cases } = checkCells(runtimeData.cells)
  return { problems, note: `${cases} cases` }
})

check(`docs: every @example of the published declarations compiles against the packed package (TypeScript ${projectTsc.version}); lines marked "// error" must fail`, async () => {
  const { problems, count } = await checkExamples(publishedTypes, projectTsc)
  return { problems, note: `${count} examples` }
})

check('runtime docs: every exported declaration of the root entry and the runtime types in Chinese then English; each member links to its own method\'s page; each member\'s hover docs say where it exists, as the data says (the "Runtime:" line)', () => {
  const { cells } = runtimeData
  const missing = ['index.d.ts', 'runtime.d.ts', 'fetch-response.d.ts'].flatMap(file => checkExportedDocs(join(publishedTypes, file)).map(problem => `${file}: ${problem}`))
    .concat(checkSeeLinks(interfaceMembers(join(publishedTypes, 'runtime.d.ts'), 'UploadTaskPromiseMembers')))
  const declarations = readFileSync(join(publishedTypes, 'runtime.d.ts'), 'utf8')
  return members.flatMap(name => {
    const docs = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${name}\\(`).exec(declarations)
    const expected = `运行时 / Runtime: ${availability(name, cells)}`
    if (!docs) return [`${name}: no docs`]
    // The line may wrap before a ' · ': join its continuation lines (up to the next tag or blank line).
    const said = /运行时 \/ Runtime:[^\n]*(?:\n\s*\* (?!@)[^\n]+)*/.exec(docs[1])?.[0].replace(/\n\s*\* /g, ' ')
    return said === expected ? [] : [`${name}: the docs should say "${expected}"`]
  }).concat(missing)
})

check('docs: every declaration in Chinese then English; @see, @supported (= Support table) and on/off @example on methods', () =>
  checkDocs(join(publishedTypes, 'upload-task.d.ts')))

for (const program of programs) {
  const dir = writeProgram(program.name, { ...program, exact: false }) // tsd reads expectType<T>(value) as written
  check(`tsd: ${program.title} (${program.testFiles.join(', ')})`, async () => {
    const diagnostics = await tsd({
      cwd: dir,
      typingsFile: `../node_modules/taro-upload-task-types/${program.typingsFile}`,
      testFiles: program.testFiles.map(file => `test-d/${file}`),
    })
    return diagnostics.length === 0 ? [] : [formatter(diagnostics)]
  })
}

// dtslint lints the published declarations themselves, laid out as DefinitelyTyped lays out a package:
// the /global entry as index.d.ts, the files it and /module load beside it, and the test file.
const dtslintDir = join(consumerDir, 'dtslint')
rmSync(dtslintDir, { recursive: true, force: true })
cpSync(join(root, 'test-d/dtslint'), dtslintDir, { recursive: true })
for (const file of ['upload-task.d.ts', 'runtime.d.ts', 'runtime-data.d.ts', 'fetch-response.d.ts', 'module.d.ts']) cpSync(join(publishedTypes, file), join(dtslintDir, file))
cpSync(join(publishedTypes, 'global.d.ts'), join(dtslintDir, 'index.d.ts'))
check('dtslint: its lint rules on the published declarations (/global as index.d.ts, /module), and $ExpectType on every declaration', () =>
  command(process.execPath, [
    join(root, 'node_modules/dtslint/bin/index.js'),
    '--localTs', join(root, 'node_modules/typescript/lib'),
    relative(root, dtslintDir), // dtslint joins this to the working directory
  ]), { long: true })

// ------------------------------------------------------------------------------------------------
// Every TypeScript minor from 4.0 to 7.0 (the project's own is one of them): strict, skipLibCheck
// off, each entry in its own program; the global one also compiles the dtslint test file.
// skipDefaultLibCheck: our declarations and the tests are checked in full, the compiler's own lib
// files are not checked again by every version (a third of the time; the consumer settings below
// check them, with 6.0 and 7.0).
// ------------------------------------------------------------------------------------------------
const matrixPrograms = programs.map(program =>
  writeProgram(`matrix-${program.name}`, {
    ...program,
    compilerOptions: { ...program.compilerOptions, skipDefaultLibCheck: true },
    testFiles: program.name === 'global' ? [...program.testFiles, 'dtslint/upload-task.dtslint.ts'] : program.testFiles,
  }))
for (const version of matrixVersions) {
  check(`TypeScript ${version}: both entries' tests and the dtslint file compile; every @ts-expect-error fails with its code`, () =>
    checkPrograms(matrixPrograms, matrixTsc(version)).then(result => result.problems))
}

const exactDir = writeProgram('exact-expect-type', { compilerOptions: { ...baseOptions, types: [] }, testFiles: ['tsc-only/expect-type.ts'] })
for (const version of [matrixVersions[0], matrixVersions.at(-1)]) {
  check(`TypeScript ${version}: the matrix's expectType is exact (identity passes; a subtype, a supertype, any are rejected)`, () =>
    checkPrograms([exactDir], matrixTsc(version)).then(result => result.problems))
}

// ------------------------------------------------------------------------------------------------
// Consumer settings: module systems, file kinds, strict flags, with and without the DOM lib,
// with the project's compiler and with TypeScript 7. The compiler's own lib files are checked in full
// once per compiler, in the DOM setting (the one that loads the most of them); the others skip them.
// ------------------------------------------------------------------------------------------------
const settingDirs = settings.map(setting => programsUnder(setting).map(program => writeProgram(program.name, setting.name === 'node10-dom'
  ? program
  : { ...program, compilerOptions: { ...program.compilerOptions, skipDefaultLibCheck: true } })))
for (const tsc of [projectTsc, matrixTsc(matrixVersions.at(-1))]) {
  check(`TypeScript ${tsc.version}, both entries under each consumer setting:\n       ${settings.map(setting => setting.title).join('\n       ')}`, () =>
    checkPrograms(settingDirs.flat(), tsc).then(result => result.problems), { long: true })
}

// ------------------------------------------------------------------------------------------------
// The platforms' own typings in the same program as ours: listeners and tasks cross over both ways.
// ------------------------------------------------------------------------------------------------
const peerDirs = peerPrograms.map(program => writeProgram(program.name, program))
let peerRun // the three programs compile in one process, started by the first of their checks
// The peers' own files are not checked (Taro 4's report hundreds of diagnostics of their own); a clash
// with ours would show in our files or the test, which are.
const peerResults = () => (peerRun ??= checkPrograms(peerDirs, projectTsc, { skipInstalled: true }))
peerPrograms.forEach((program, index) => {
  check(`peers, TypeScript ${projectTsc.version}: ${program.title}; skipLibCheck off, no diagnostic in our files or the test`, async () =>
    (await peerResults()).byDir.get(peerDirs[index]).problems, { long: true })
})
const collisionDir = writeProgram(taroGlobalCollision.name, taroGlobalCollision)
check(`peers, TypeScript ${projectTsc.version}: the global entry beside Taro 4 fails with TS2300 (duplicate 'Taro'), which is why /module exists`, async () => {
  const [output] = await compile(projectTsc, [join(collisionDir, 'tsconfig.json')], { skipInstalled: true })
  const collision = /taro-upload-task-types\/types\/global\.d\.ts\(\d+,\d+\): error TS2300: Duplicate identifier 'Taro'/
  return collision.test(output) ? [] : [`expected TS2300 in our global.d.ts, tsc said:\n${output.slice(0, 2000)}`]
})

// ------------------------------------------------------------------------------------------------
// Real Taro projects (test-taro/): the root entry typing `Taro.uploadFile` beside @tarojs/taro 3.3 to
// 4.2, under the CLI template's tsconfig, with TypeScript 5.9 and 6.0.
// ------------------------------------------------------------------------------------------------
let taroReady // the projects are laid out once, by the first of the two checks
for (const [tsc, taro] of [[matrixTsc('5.9.3'), false], [projectTsc, true]]) {
  const taroPart = taro ? 'Taro\'s own diagnostics exactly as without this package' : 'Taro\'s own files left unchecked (6.0 compares them)'
  check(`Taro projects, TypeScript ${tsc.version}: ${taroProjects.map(project => `${project.name} (@tarojs/taro ${project.taro})`).join(', ')}: src/ compiles, each mistake fails with its code, no diagnostic in our files, ${taroPart}`, async () => {
    await (taroReady ??= prepareTaroProjects(packed.tarball))
    const { problems, notes } = await checkTaroProjects(tsc, { taro })
    return { problems, note: notes.join('\n     ') }
  }, { long: true })
}

// ------------------------------------------------------------------------------------------------
// The editor: TypeScript's LanguageService, on a consumer file.
// ------------------------------------------------------------------------------------------------
check(`editor, TypeScript ${projectTsc.version}'s LanguageService (what tsserver runs): completions after task. are the seven methods; hover shows Chinese and English docs, the official link, progress: number; go-to-definition lands in the published declarations`, () =>
  checkEditor())

// ------------------------------------------------------------------------------------------------
// Budgets, on counts: what the package adds to the smallest consumer of each entry and module system.
// ------------------------------------------------------------------------------------------------
const budgetConfigs = budgetConsumers.map(consumer => {
  const dir = join(consumerDir, consumer.name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `consumer${consumer.extension}`), consumer.source)
  writeJson(join(dir, 'tsconfig.json'), { compilerOptions: consumer.compilerOptions, files: [`consumer${consumer.extension}`] })
  return join(dir, 'tsconfig.json')
})
const budgetCompilers = [projectTsc, matrixTsc(matrixVersions.at(-1))]
check(`budgets, TypeScript ${budgetCompilers.map(tsc => tsc.version).join(' and ')}: at most ${budgets.files.global} files (/global) or ${budgets.files.module} (/module) and ${budgets.lines} lines of declarations added to a consumer (node10, node16 CJS and ESM, bundler), ${budgets.dependencies} dependencies, tarball under ${budgets.tarballBytes / 1024} KB`, async () => {
  const problems = []
  const most = { files: 0, lines: 0 }
  for (const tsc of budgetCompilers) {
    const programsFiles = await listFiles(tsc, budgetConfigs)
    programsFiles.forEach((files, index) => {
      const ours = files.filter(file => /[\\/]node_modules[\\/]taro-upload-task-types[\\/]/.test(file))
      const lines = ours.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0)
      const name = `${tsc.version} ${budgetConsumers[index].name}`
      if (ours.length === 0) problems.push(`${name}: the consumer loads none of the package's files (${files.slice(0, 3).join(' ')})`)
      const loaded = ours.map(file => basename(file)).sort().join(' ')
      if (loaded !== budgetConsumers[index].loads.join(' ')) problems.push(`${name}: loads ${loaded}, expected ${budgetConsumers[index].loads.join(' ')}`)
      const entry = budgetConsumers[index].name.includes('-global-') ? 'global' : 'module'
      if (ours.length > budgets.files[entry]) problems.push(`${name}: ${ours.length} files (${ours.join(', ')})`)
      if (lines > budgets.lines) problems.push(`${name}: ${lines} lines`)
      most.files = Math.max(most.files, ours.length)
      most.lines = Math.max(most.lines, lines)
    })
  }
  const manifest = JSON.parse(readFileSync(join(consumerDir, 'node_modules/taro-upload-task-types/package.json'), 'utf8'))
  // @tarojs/taro is an optional peer: the root entry augments it where a project has it, and npm installs nothing.
  const dependencies = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap(field => Object.keys(manifest[field] ?? {}))
    .filter(name => !manifest.peerDependenciesMeta?.[name]?.optional)
  if (dependencies.length > budgets.dependencies) problems.push(`dependencies: ${dependencies.join(', ')}`)
  if (packed.size >= budgets.tarballBytes) problems.push(`tarball: ${packed.size} bytes`)
  return { problems, note: `at most ${most.files} files and ${most.lines} lines added; ${dependencies.length} dependencies; tarball ${packed.size} bytes` }
})

check(`budgets, per use site (types and instantiations, TypeScript ${projectTsc.version}): the runtime type costs at most ${perSiteBudget}x the documented interface; BENCHMARKS.md records these counts`, () => {
  const rows = measureCounts()
  const problems = rows.filter(row => row.typesRatio > perSiteBudget || row.instantiationsRatio > perSiteBudget)
    .map(row => `${row.title}: ${row.types} types and ${row.instantiations} instantiations per site (${row.typesRatio.toFixed(2)}x, ${row.instantiationsRatio.toFixed(2)}x)`)
  if (committedCounts() !== countsBlock(rows)) problems.push('BENCHMARKS.md\'s per-site counts differ from what was measured: run node bench/counts.mjs --write')
  return { problems, note: rows.map(row => `${row.name}: ${row.types} types, ${row.instantiations} instantiations per site`).join('; ') }
})

// ------------------------------------------------------------------------------------------------
// As users meet it: the example consumer, and the published package's shape.
// ------------------------------------------------------------------------------------------------
check('example: the Taro 4.2 project in examples/ compiles, every mistake in examples/mistakes/mistakes.ts is caught', async () => {
  const { ok, report } = await runExample(packed.tarball)
  return ok ? [] : [report]
}, { long: true })
check('package shape: the tarball holds exactly the files listed; taro-upload-task-types/package.json resolves; /module adds no global name (compiler API)', () => {
  const problems = []
  const files = packed.files.map(file => file.path).sort()
  if (files.join() !== packedFiles.join()) problems.push(`the tarball holds ${files.join(', ')}; expected ${packedFiles.join(', ')}`)
  try {
    createRequire(join(consumerDir, 'package.json')).resolve('taro-upload-task-types/package.json')
  } catch (error) {
    problems.push(`taro-upload-task-types/package.json does not resolve: ${error.message}`)
  }
  problems.push(...moduleGlobals().map(name => `/module declares the global name ${name}`))
  return problems
})

/** Global names a program that imports /module has and the same program without the import lacks. */
function moduleGlobals() {
  const dir = join(consumerDir, 'module-globals')
  mkdirSync(dir, { recursive: true })
  const globalsOf = source => {
    const file = join(dir, 'consumer.ts')
    writeFileSync(file, source)
    const program = ts.createProgram([file], { strict: true, noEmit: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017, lib: ['lib.es2017.d.ts'], types: [] })
    const flags = ts.SymbolFlags.Value | ts.SymbolFlags.Type | ts.SymbolFlags.Namespace
    return new Set(program.getTypeChecker().getSymbolsInScope(program.getSourceFile(file).endOfFileToken, flags).map(symbol => symbol.name))
  }
  const without = globalsOf('export {}\n')
  const withModule = globalsOf("import type { UploadTask, UploadTaskPromise } from 'taro-upload-task-types/module'\nexport declare const task: UploadTask | UploadTaskPromise\n")
  return [...withModule].filter(name => !without.has(name) && !['UploadTask', 'UploadTaskPromise', 'task'].includes(name))
}

check('publint --strict, on the packed tarball', async () => {
  const bytes = readFileSync(packed.tarball)
  const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const { messages, pkg } = await publint({ pkgDir: 'package', pack: { tarball }, strict: true }) // npm packs into package/
  return messages.map(message => `${message.type}: ${formatMessage(message, pkg)}`)
})
check('attw, on the packed tarball: every entry resolves under node10, node16 (CJS and ESM) and bundler', () =>
  command(bin('attw'), [packed.tarball, '--format', 'table-flipped']))

// ------------------------------------------------------------------------------------------------
// Run them all, a few at a time; print each line in the order above as soon as it is known.
// ------------------------------------------------------------------------------------------------
const outcomes = checks.map(() => undefined)
let printed = 0
const printReady = () => {
  while (printed < checks.length && outcomes[printed]) {
    const { problems, note, ms } = outcomes[printed]
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${checks[printed].name} (${ms} ms)`)
    if (note) console.log(`     ${note}`)
    for (const problem of problems) console.log(`     ${String(problem).trim().split('\n').join('\n     ')}`)
    printed++
  }
}
const queue = checks.map((_, index) => index).sort((a, b) => Number(checks[b].long) - Number(checks[a].long))
const worker = async () => {
  while (queue.length > 0) {
    const index = queue.shift()
    const begun = Date.now()
    let outcome
    try {
      const result = await checks[index].fn()
      outcome = Array.isArray(result) ? { problems: result } : result
    } catch (error) {
      outcome = { problems: [error?.stack ?? String(error)] }
    }
    outcomes[index] = { ...outcome, ms: Date.now() - begun }
    printReady()
  }
}
await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker))

const passed = outcomes.filter(outcome => outcome.problems.length === 0).length
console.log(`\nall checks took ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`${passed} passed, ${outcomes.length - passed} failed`)
process.exitCode = passed === outcomes.length ? 0 : 1
