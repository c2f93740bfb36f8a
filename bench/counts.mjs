// The counts baseline, bench/counts.json: what the package costs a consumer's compiler, as counts (files,
// lines, types, instantiations), which do not vary from run to run as times do. Measured with the
// project's TypeScript through its API, on the package installed in .cache/consumer:
//  - per entry: each smallest consumer of programs/budget-* (entry x module system);
//  - per use site: each contender gets a program with 1 use site and one with 101 (programs/counts);
//    the cost of a site is the difference over 100.
// `npm test` measures them again and diffs them with the committed baseline, so that any change shows.
//   node bench/counts.mjs           prints the differences from the baseline (after `npm test`, whose
//                                   pretest lays out .cache/consumer)
//   node bench/counts.mjs --write   writes the baseline and its tables in BENCHMARKS.md
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { root } from '../scripts/lib/consumer.mjs'
import { createProgramOf, programDir, programsMatching } from '../scripts/lib/programs.mjs'

/** The budget: a runtime type may cost at most this many times the documented interface, per site. */
export const perSiteBudget = 1.2

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
  return { typescript: ts.version, entries, sites }
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

/** The differences between two sets of counts, one line each ("entries.budget-global-node10.lines: 320 -> 321"). */
export function diffCounts(before, after, path = '') {
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [`${path}: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`]
  }
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .flatMap(key => diffCounts(before[key], after[key], path ? `${path}.${key}` : key))
}

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
