// The counts baseline, bench/counts.json: what the package costs a consumer's compiler, as counts (files,
// lines, types, instantiations), which do not vary from run to run as times do. Measured with the
// project's TypeScript through its API, on the package installed in .cache/consumer:
//  - per entry: each smallest consumer of programs/budget-* (entry x module system);
//  - per use site: each contender gets a program with 1 use site and one with 101 (programs/counts);
//    the cost of a site is the difference over 100;
//  - in a Taro project: the first `weapp | h5` call site of `Taro.uploadFile`, in a Taro 4.2 project with
//    the template's tsconfig and skipLibCheck on, with and without this package (the Taro project of
//    .cache/taro-projects/taro-4.2, laid out by npm test); and the same two programs with no call site,
//    which tell what loading the package costs before any call;
//  - in the example project (examples/, made by Taro's CLI, with its page, app and config files), set up
//    as README says, with and without README's setup file (its packages are the example's own, installed
//    from its package-lock.json when `npm run example` has not);
//  - per declaration file of the package: the syntax nodes it parses into (per declaration too), and
//    the memory its parse and bind keep (bench/loading.mjs).
//  Types, instantiations and syntax nodes are in the baseline; memory (tsc's "Memory used", after a
//  garbage collection) is reported against a target.
// `npm test` measures them again and diffs them with the committed baseline, so that any change shows.
//   node bench/counts.mjs           prints the differences from the baseline (after `npm test`, whose
//                                   pretest lays out .cache/consumer)
//   node bench/counts.mjs --write   writes the baseline and its tables in BENCHMARKS.md
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'
import { cacheDir, installedTarball, publishedTypes, root } from '../scripts/lib/consumer.mjs'
import { exampleInstalled, exampleLock, exampleModulesDir } from '../scripts/example.mjs'
import { createProgramOf, programDir, programsMatching } from '../scripts/lib/programs.mjs'
import { projectTsc } from '../scripts/lib/typescript.mjs'

/** The budget: a runtime type may cost at most this many times the documented interface, per site. */
export const perSiteBudget = 1.2

/**
 * The first call site in a Taro project: at most 300 instantiations (asserted, a count), and a memory
 * target of 1.2 MB, about 1% of that bare program (reported against the target, not asserted: memory
 * is not a count, and 2.1.0 does not meet it; see BENCHMARKS.md).
 */
export const taroSiteBudget = { instantiations: 300, memoryMB: 1.2 }

export const contenders = [
  { name: 'documented', title: 'the documented interface: `UploadTask` (`/module`)', imported: 'UploadTask', task: 'UploadTask' },
  { name: 'runtime-weapp', title: "the runtime type: `UploadTaskPromise<'4.2', 'weapp'>`", imported: 'UploadTaskPromise', task: "UploadTaskPromise<'4.2', 'weapp'>" },
  { name: 'runtime-weapp-h5', title: "the runtime type for two platforms: `UploadTaskPromise<'4.2', 'weapp' \\| 'h5'>`", imported: 'UploadTaskPromise', task: "UploadTaskPromise<'4.2', 'weapp' | 'h5'>" },
]

/** One use site: the task passed in, a contextually typed listener, an on/off pair, a header listener, abort. */
const site = (task, i) => `export function site${i}(task: ${task}): void {
  const onProgress = ({ progress }: { progress: number }) => { void progress }
  task.onProgressUpdate(({ totalBytesSent }) => { void totalBytesSent })
  task.onProgressUpdate(onProgress)
  task.offProgressUpdate(onProgress)
  task.onHeadersReceived(({ header }) => { void header })
  task.abort()
}
`

/** Counts of programs/counts with its program.ts written for one contender and a number of sites. */
function count(contender, sites) {
  writeFileSync(join(programDir('counts'), 'program.ts'), `import type { ${contender.imported} } from 'taro-upload-task-types/module'\n${Array.from({ length: sites }, (_, i) => site(contender.task, i)).join('')}`)
  return checkedCounts(createProgramOf('counts'), `${contender.name}, ${sites} sites`)
}

/** Checks a program in full (it must have no error) and returns the checker's counts. */
function checkedCounts(program, name) {
  const errors = ts.getPreEmitDiagnostics(program)
  if (errors.length > 0) throw new Error(`${name}: ${ts.flattenDiagnosticMessageText(errors[0].messageText, '\n')}`)
  const checker = program.getTypeChecker()
  return { types: checker.getTypeCount(), instantiations: checker.getInstantiationCount() }
}

/** The Taro project's site: the same use site, given what \`Taro.uploadFile\` returns. */
const taroSite = `import Taro from '@tarojs/taro'
${site('ReturnType<typeof Taro.uploadFile>', 0)}
site0(Taro.uploadFile({ url: 'https://example.com/upload', filePath: 'wxfile://tmp/a.jpg', name: 'file' }))
`
/** The same file with no call site: Taro is imported and used, \`uploadFile\` is not. */
const taroNoSite = `import Taro from '@tarojs/taro'
export const env = Taro.getEnv()
`
const taroRegister = `import type {} from 'taro-upload-task-types'

declare module 'taro-upload-task-types' {
  interface Register {
    taro: '4.2.1'
    platform: 'weapp' | 'h5'
  }
}
`

/**
 * The first \`weapp | h5\` call site in a Taro 4.2 project (template tsconfig, skipLibCheck on), compiled by
 * tsc in a process of its own, with and without this package: { with, without, added }, each with the
 * types, instantiations and memory (MB) tsc reports; and the same with no call site: { loaded, bare,
 * loading }, where \`loading\` is what loading the package adds before any call.
 */
export function measureTaroSite() {
  const project = join(cacheDir, 'taro-projects/taro-4.2')
  const dir = join(cacheDir, 'taro-site')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'types'), { recursive: true })
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'))
  cpSync(join(root, 'test-taro/taro-4.2/types/global.d.ts'), join(dir, 'types/global.d.ts'))
  writeFileSync(join(dir, 'site.ts'), taroSite)
  writeFileSync(join(dir, 'no-site.ts'), taroNoSite)
  writeFileSync(join(dir, 'upload-task.d.ts'), taroRegister)
  for (const file of ['tsconfig.json', 'tsconfig.ts6.json']) cpSync(join(root, 'test-taro', file), join(dir, file))
  const config = (name, files) => writeFileSync(join(dir, `${name}.json`), JSON.stringify({
    extends: './tsconfig.ts6.json', compilerOptions: { skipLibCheck: true, noEmit: true }, files,
  }))
  config('with', ['types/global.d.ts', 'upload-task.d.ts', 'site.ts'])
  config('without', ['types/global.d.ts', 'site.ts'])
  config('loaded', ['types/global.d.ts', 'upload-task.d.ts', 'no-site.ts'])
  config('bare', ['types/global.d.ts', 'no-site.ts'])
  // tsc's report is kept under a hash of what it reads (the compiler, the installed packages with this
  // one's tarball, the program's files), so a warm run reads it instead of compiling again.
  const key = createHash('sha256').update(['five runs', projectTsc.version, installedTarball(project), readFileSync(join(project, 'package.json'), 'utf8'), taroSite, taroNoSite, taroRegister,
    ...['tsconfig.json', 'tsconfig.ts6.json', 'types/global.d.ts'].map(file => readFileSync(join(dir, file), 'utf8'))].join('\0')).digest('hex').slice(0, 16)
  // Memory moves by a few hundred KB from one compilation to the next: tsc runs five times, and the
  // median is taken (the counts are the same every time).
  const measure = name => medianOfRuns(dir, `${name}.json`, `taro-site-${name}`, key)
  const [withPackage, without, loaded, bare] = [measure('with'), measure('without'), measure('loaded'), measure('bare')]
  return { with: withPackage, without, added: minus(withPackage, without), loaded, bare, loading: minus(loaded, bare) }
}

/**
 * The tsc reports of a program compiled five times, kept under key; the median of each count. A program
 * must compile, except for the diagnostics (lines as tsc prints them) that `allowed` accepts.
 */
function medianOfRuns(dir, config, keptAs, key, allowed = () => false) {
  const compile = () => {
    try {
      return execFileSync(process.execPath, ['--expose-gc', projectTsc.command[1], '-p', config, '--extendedDiagnostics', '--pretty', 'false'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 })
    } catch (error) {
      const errors = `${error.stdout}`.split('\n').filter(line => / error TS\d+/.test(line))
      if (errors.length > 0 && errors.every(allowed)) return error.stdout
      throw new Error(`${keptAs}: ${config} does not compile:\n${error.stdout}`)
    }
  }
  const output = keptOutput(keptAs, key, () => [1, 2, 3, 4, 5].map(compile).join('\n'))
  const read = label => [...output.matchAll(new RegExp(`^${label}:\\s+([\\d.]+)`, 'gm'))].map(match => Number(match[1])).sort((a, b) => a - b)[2]
  return { types: read('Types'), instantiations: read('Instantiations'), memoryMB: Math.round(read('Memory used') / 102.4) / 10 }
}

/**
 * What produce() prints, kept in .cache as <keptAs>-<key>.txt (key: a hash of what it reads), so that a
 * warm run reads it instead; the files kept under older keys are removed.
 */
function keptOutput(keptAs, key, produce) {
  const kept = join(cacheDir, `${keptAs}-${key}.txt`)
  const output = existsSync(kept) ? readFileSync(kept, 'utf8') : produce()
  for (const old of readdirSync(cacheDir).filter(file => file.startsWith(`${keptAs}-`) && !kept.endsWith(file))) rmSync(join(cacheDir, old))
  writeFileSync(kept, output)
  return output
}

const minus = (more, less) => Object.fromEntries(Object.keys(less).map(key => [key, Math.round((more[key] - less[key]) * 10) / 10]))

/**
 * The example project (examples/, made by Taro's CLI 4.2.1: React, a page, an app, its config files; set
 * up as README says; src/upload.ts uses Taro.uploadFile as public Taro code does), compiled with its
 * template's tsconfig and skipLibCheck on, with and without README's setup file, which is all that loads
 * this package: { with, without, added }. Its packages are the example's own (installed from its
 * package-lock.json when they are not), this package is the tarball under test, as the Taro site's.
 */
export function measureTaroProject() {
  // Installing is asynchronous (npm), and this measurement is not: a process of its own installs them.
  if (!exampleInstalled()) {
    execFileSync(process.execPath, ['--input-type=module', '-e', `await (await import(${JSON.stringify(pathToFileURL(join(root, 'scripts/example.mjs')).href)})).exampleModules()`], { stdio: 'inherit' })
  }
  const modules = exampleModulesDir
  const installed = join(cacheDir, 'taro-projects/taro-4.2/node_modules', 'taro-upload-task-types')
  const dir = join(cacheDir, 'taro-project')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'node_modules'), { recursive: true })
  for (const entry of ['src', 'types', 'config', 'tsconfig.json']) cpSync(join(root, 'examples', entry), join(dir, entry), { recursive: true })
  // The example's packages, except this one, which is copied from the installed tarball: a link would
  // resolve its own imports of @tarojs/taro from the other project.
  for (const entry of readdirSync(modules).filter(name => name !== 'taro-upload-task-types' && !name.startsWith('.'))) symlinkSync(join(modules, entry), join(dir, 'node_modules', entry))
  cpSync(installed, join(dir, 'node_modules/taro-upload-task-types'), { recursive: true })
  // TypeScript 6.0 deprecates the template's moduleResolution and baseUrl; the include without README's setup file.
  const options = { ignoreDeprecations: '6.0', skipLibCheck: true, noEmit: true }
  writeFileSync(join(dir, 'with.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: options }))
  writeFileSync(join(dir, 'without.json'), JSON.stringify({ extends: './tsconfig.json', compilerOptions: options, include: ['./src', './types/global.d.ts', './config'] }))
  const files = ['src', 'types', 'config'].flatMap(folder => readdirSync(join(dir, folder), { recursive: true }).map(file => join(folder, file))).filter(file => statSync(join(dir, file)).isFile()).sort()
  const key = createHash('sha256').update(['five runs', projectTsc.version, installedTarball(join(cacheDir, 'taro-projects/taro-4.2')), exampleLock(),
    ...['tsconfig.json', 'with.json', 'without.json', ...files].map(file => `${file}\0${readFileSync(join(dir, file), 'utf8')}`)].join('\0')).digest('hex').slice(0, 16)
  // The template's config/index.ts reports an unused destructuring of its own (TS6198). Without this
  // package, Taro's own types also reject a call of src/upload.ts that works at runtime (npm run example
  // sets both aside the same way).
  const template = line => line.startsWith('config/index.ts(7,55): error TS6198')
  const withPackage = medianOfRuns(dir, 'with.json', 'taro-project-with', key, template)
  const without = medianOfRuns(dir, 'without.json', 'taro-project-without', key, line => template(line) || line.startsWith('src/'))
  // The files of this package the project's program loads: the root entry's, never the older lines' data.
  const listed = keptOutput('taro-project-loads', key, () => execFileSync(process.execPath, [projectTsc.command[1], '-p', 'with.json', '--listFilesOnly'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 }))
  return { loads: loadedOfOurs(listed.split('\n').filter(Boolean)), with: withPackage, without, added: minus(withPackage, without) }
}

/**
 * What loading each declaration file of the installed package costs before any of its types is used
 * (bench/loading.mjs, in a process of its own): its syntax nodes, per declaration too, and the memory
 * its parse and bind keep.
 */
export function measureDeclarationFiles() {
  const files = readdirSync(publishedTypes).filter(file => file.endsWith('.d.ts')).sort()
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(root, 'bench/loading.mjs'), publishedTypes, ...files], { encoding: 'utf8' }))
}

/**
 * What a program loads of this package, from its files (paths as the compiler lists them): the names of
 * the package's files, sorted, and their lines.
 */
export function loadedOfOurs(paths) {
  const files = paths.filter(file => /[\\/]node_modules[\\/]taro-upload-task-types[\\/]/.test(file))
  return { files: files.map(file => basename(file)).sort(), lines: files.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0) }
}

/**
 * Measures everything the baseline holds: per entry, for each budget program (programs/budget-*), the
 * package's files it loads, their lines, and the whole program's types and instantiations; per use site,
 * each contender's types and instantiations.
 */
export function measureCounts() {
  const entries = Object.fromEntries(programsMatching(/^budget-/).map(name => {
    const program = createProgramOf(name)
    return [name, { ...loadedOfOurs(program.getSourceFiles().map(file => file.fileName)), ...checkedCounts(program, name) }]
  }))
  const sites = Object.fromEntries(contenders.map(contender => {
    const [one, many] = [count(contender, 1), count(contender, 101)]
    return [contender.name, { types: (many.types - one.types) / 100, instantiations: (many.instantiations - one.instantiations) / 100, oneSiteProgram: one }]
  }))
  return { typescript: ts.version, entries, sites, declarationFiles: measureDeclarationFiles(), taroSite: measureTaroSite(), taroProject: measureTaroProject() }
}

/** A contender's per-site cost over the documented interface's, for types and for instantiations. */
export function ratios(counts, name) {
  const ratio = (value, documented) => (value === documented ? 1 : value / documented) // 0 of 0 costs the same
  const [row, documented] = [counts.sites[name], counts.sites.documented]
  return { types: ratio(row.types, documented.types), instantiations: ratio(row.instantiations, documented.instantiations) }
}

export const baselineFile = join(root, 'bench/counts.json')

/** The committed baseline. */
export const committedCounts = () => JSON.parse(readFileSync(baselineFile, 'utf8'))

/**
 * The differences between two sets of counts, one line each ("entries.budget-global-node10.lines: 320 -> 321").
 * Memory (\`memoryMB\`) is recorded but not compared: it moves a little from run to run; its budget holds it.
 */
export function diffCounts(before, after, path = '') {
  if (path.endsWith('.memoryMB')) return []
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [`${path}: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`]
  }
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .flatMap(key => diffCounts(before[key], after[key], path ? `${path}.${key}` : key))
}

/** The rows of a table of programs (types, instantiations, memory), one per key of `titles`, in its order. */
const programRows = (programs, titles) => Object.entries(titles)
  .map(([key, title]) => `| ${title} | ${programs[key].types} | ${programs[key].instantiations} | ${programs[key].memoryMB} |`)

const start = '<!-- counts: start (written by node bench/counts.mjs --write, from bench/counts.json) -->'
const end = '<!-- counts: end -->'

/** The Markdown tables of a set of counts, as BENCHMARKS.md shows them. */
export const countsBlock = counts => [
  start,
  `TypeScript ${counts.typescript}. Per entry: what the smallest consumer of each entry loads (\`programs/budget-*\`); types and instantiations are the whole program's, the compiler's own lib included.`,
  '',
  '| consumer | files of this package | lines | types | instantiations |',
  '|---|---|---:|---:|---:|',
  ...Object.entries(counts.entries).map(([name, row]) => `| \`${name}\` | ${row.files.join(', ')} | ${row.lines} | ${row.types} | ${row.instantiations} |`),
  '',
  `Per use site (budget: at most ${perSiteBudget}× the documented interface):`,
  '',
  '| contender | types per site | instantiations per site | × documented (types, instantiations) | the whole 1-site program (types, instantiations) |',
  '|---|---:|---:|---:|---:|',
  ...contenders.map(contender => {
    const row = counts.sites[contender.name]
    const ratio = ratios(counts, contender.name)
    return `| ${contender.title} | ${row.types} | ${row.instantiations} | ${ratio.types.toFixed(2)}×, ${ratio.instantiations.toFixed(2)}× | ${row.oneSiteProgram.types}, ${row.oneSiteProgram.instantiations} |`
  }),
  '',
  'What loading each declaration file costs, before any of its types is used (`bench/loading.mjs`): the syntax nodes the parser makes of it, the memory its parse and bind keep, and the declarations with the most nodes (a name ending in `_*` stands for each generated one of that name):',
  '',
  '| file | syntax nodes | memory (MB) | most nodes |',
  '|---|---:|---:|---|',
  ...Object.entries(counts.declarationFiles).map(([file, row]) => `| ${file} | ${row.nodes} | ${row.memoryMB} | ${Object.entries(row.declarations).sort(([, a], [, b]) => b - a).slice(0, 3).map(([name, nodes]) => `\`${name}\` ${nodes}`).join(', ')} |`),
  '',
  `In a Taro 4.2 project (the template's tsconfig, \`skipLibCheck\` on, registered \`'4.2.1'\`, \`'weapp' | 'h5'\`), the first call site of \`Taro.uploadFile\`, with and without this package, and the same programs with no call site (\`Taro.getEnv()\` instead), which tell what loading the package costs before any call (budget: at most ${taroSiteBudget.instantiations} instantiations added; target: at most ${taroSiteBudget.memoryMB} MB added, ${counts.taroSite.added.memoryMB <= taroSiteBudget.memoryMB ? 'met' : 'not met'}; memory as tsc reports it after a garbage collection, the median of five compilations, measured when the baseline was written):`,
  '',
  '| program | types | instantiations | memory (MB) |',
  '|---|---:|---:|---:|',
  ...programRows(counts.taroSite, {
    without: 'without this package', with: 'with this package', added: 'added',
    bare: 'no call site, without this package', loaded: 'no call site, with this package', loading: 'added by loading the package, before any call',
  }),
  '',
  `The example project (\`examples/\`: made by Taro's CLI 4.2.1 with React, its page, app and config files, set up as README says, with the uploads of \`src/upload.ts\`), with its template's tsconfig and \`skipLibCheck\` on, with and without README's setup file, which is all that loads this package (the same ${taroSiteBudget.memoryMB} MB target: ${counts.taroProject.added.memoryMB <= taroSiteBudget.memoryMB ? 'met' : 'not met'}; memory measured as above). Of this package it loads ${counts.taroProject.loads.files.join(', ')} (${counts.taroProject.loads.lines} lines):`,
  '',
  '| program | types | instantiations | memory (MB) |',
  '|---|---:|---:|---:|',
  ...programRows(counts.taroProject, { without: 'without this package', with: 'with this package', added: 'added' }),
  end,
].join('\n')

/** BENCHMARKS.md's section of the counts (`npm run bench` writes the file anew, this section included). */
export const countsSection = counts => `## Counts

The counts baseline, \`bench/counts.json\`, which \`npm test\` diffs (these tables are rendered from it; they are
not part of the wall-time runs above, which \`npm run bench\` makes on demand).

${countsBlock(counts)}
`

/** The counts block BENCHMARKS.md holds now; undefined when it has none. */
export function benchmarksBlock() {
  const text = readFileSync(join(root, 'BENCHMARKS.md'), 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  return from >= 0 && to > from ? text.slice(from, to + end.length) : undefined
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  const counts = measureCounts()
  if (process.argv.includes('--write')) {
    writeFileSync(baselineFile, `${JSON.stringify(counts, null, 2)}\n`)
    const file = join(root, 'BENCHMARKS.md')
    const text = readFileSync(file, 'utf8')
    const old = benchmarksBlock()
    writeFileSync(file, old ? text.replace(old, countsBlock(counts)) : `${text.trimEnd()}\n\n${countsSection(counts)}`)
  } else {
    console.log(diffCounts(committedCounts(), counts).join('\n') || 'the counts are the committed baseline (bench/counts.json)')
  }
}
