// What the runtime type costs the compiler per use site, against the documented interface, as counts
// (types and instantiations, which do not vary from run to run as times do). Each contender gets a
// consumer with 1 use site and one with 101; the cost of a site is the difference over 100. Measured
// with the project's TypeScript through its API, on the package installed in .cache/consumer.
//   node bench/counts.mjs           prints the table
//   node bench/counts.mjs --write   writes it into BENCHMARKS.md (npm test checks it is still true)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { consumerDir, root } from '../scripts/lib/consumer.mjs'

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

function count(contender, sites) {
  const dir = join(consumerDir, 'counts')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${contender.name}-${sites}.ts`)
  writeFileSync(file, `import type { ${contender.imported} } from 'taro-upload-task-types/module'\n${Array.from({ length: sites }, (_, i) => site(contender.task, i)).join('')}`)
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: false, target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.CommonJS, lib: ['lib.es2017.d.ts'], types: [] })
  const errors = ts.getPreEmitDiagnostics(program)
  if (errors.length > 0) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(errors[0].messageText, '\n')}`)
  const checker = program.getTypeChecker()
  return { types: checker.getTypeCount(), instantiations: checker.getInstantiationCount() }
}

/** Per-site counts of every contender, and each one's ratio to the documented interface. */
export function measureCounts() {
  const rows = contenders.map(contender => {
    const [one, many] = [count(contender, 1), count(contender, 101)]
    return { ...contender, once: one, types: (many.types - one.types) / 100, instantiations: (many.instantiations - one.instantiations) / 100 }
  })
  const ratio = (value, documented) => (value === documented ? 1 : value / documented) // 0 of 0 costs the same
  return rows.map(row => ({ ...row, typesRatio: ratio(row.types, rows[0].types), instantiationsRatio: ratio(row.instantiations, rows[0].instantiations) }))
}

const start = '<!-- per-site counts: start (written by node bench/counts.mjs --write) -->'
const end = '<!-- per-site counts: end -->'

/** The Markdown block of the counts. */
export const countsBlock = rows => [
  start,
  `Per use site, TypeScript ${ts.version} (budget: at most ${perSiteBudget}× the documented interface, checked by \`npm test\`):`,
  '',
  '| contender | types per site | instantiations per site | × documented (types, instantiations) | the whole 1-site program (types, instantiations) |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(row => `| ${row.title} | ${row.types} | ${row.instantiations} | ${row.typesRatio.toFixed(2)}×, ${row.instantiationsRatio.toFixed(2)}× | ${row.once.types}, ${row.once.instantiations} |`),
  end,
].join('\n')

/** The counts block BENCHMARKS.md holds now; undefined when it has none. */
export function committedCounts() {
  const text = readFileSync(join(root, 'BENCHMARKS.md'), 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  return from >= 0 && to > from ? text.slice(from, to + end.length) : undefined
}

if (fileURLToPath(import.meta.url) === process.argv[1]) {
  const block = countsBlock(measureCounts())
  if (process.argv.includes('--write')) {
    const file = join(root, 'BENCHMARKS.md')
    const text = readFileSync(file, 'utf8')
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    writeFileSync(file, from >= 0 ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}` : `${text.trimEnd()}\n\n## Counts per use site\n\n${block}\n`)
  }
  console.log(block)
}
