// `npm run bench`: what the typings cost a consumer's type-check, side by side with the platforms' own
// typings. Generates consumers (1 use site and 10,000), type-checks each with TypeScript 5.9 and 7.0
// (`tsc --extendedDiagnostics`), interleaved, in RUNS runs (the quick 1-site cases 3 times per run), and
// prints the medians as Markdown, also written to BENCHMARKS.md. Then the footprint of each package,
// installed into a scratch folder.
//   npm run bench                 5 runs
//   RUNS=9 npm run bench          more runs
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join } from 'node:path'
import { cacheDir, installTarball, pack, root, versionOf, writeJson } from '../scripts/lib/consumer.mjs'
import { listFiles } from '../scripts/lib/expect-errors.mjs'
import { ensureMatrixInstalled, matrixTsc } from '../scripts/lib/typescript.mjs'
import { summaryEnd, summaryStart } from './summary.mjs'
import { committedCounts, countsSection } from './counts.mjs'

const runs = Number(process.env.RUNS ?? 5)
const versions = ['5.9.3', '7.0.2']
const sizes = [1, 10_000]
const benchDir = join(cacheDir, 'bench')

/** What each contender's consumer loads and how it names the task and its listeners. */
const contenders = [
  {
    name: 'baseline',
    title: 'baseline: lib only, a local interface',
    types: [],
    header: `interface ProgressResult { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }
interface HeadersResult { header: Record<string, any> }
type ProgressListener = (result: ProgressResult) => void
type HeadersListener = (result: HeadersResult) => void
interface Task {
  abort(): void
  onProgressUpdate(listener: ProgressListener): void
  offProgressUpdate(listener?: ProgressListener): void
  onHeadersReceived(listener: HeadersListener): void
}`,
    task: 'Task',
    progressListener: 'ProgressListener',
  },
  { name: 'global', title: 'taro-upload-task-types, global entry', types: ['taro-upload-task-types/global'], task: 'Taro.UploadTask', progressListener: 'Taro.UploadTask.OnProgressUpdateCallback' },
  { name: 'module', title: 'taro-upload-task-types/module', types: [], header: "import type { UploadTask } from 'taro-upload-task-types/module'", task: 'UploadTask', progressListener: 'UploadTask.OnProgressUpdateCallback' },
  { name: 'for-weapp', title: "taro-upload-task-types, For<'weapp'>", types: ['taro-upload-task-types/global'], task: "Taro.UploadTask.For<'weapp'>", progressListener: 'Taro.UploadTask.OnProgressUpdateCallback' },
  // The same type written once as a local alias, as a project would: how much of For's cost is the
  // longer reference written at every site rather than the narrowed type itself.
  { name: 'for-weapp-alias', title: "taro-upload-task-types, For<'weapp'> named once (`type Task = …`)", types: ['taro-upload-task-types/global'], header: "type Task = Taro.UploadTask.For<'weapp'>", task: 'Task', progressListener: 'Taro.UploadTask.OnProgressUpdateCallback' },
  { name: 'runtime', title: "taro-upload-task-types/module, UploadTaskPromise<'4.2', 'weapp'>", types: [], header: "import type { UploadTaskPromise, ProgressUpdateResult } from 'taro-upload-task-types/module'", task: "UploadTaskPromise<'4.2', 'weapp'>", progressListener: "(result: ProgressUpdateResult<'4.2', 'weapp'>) => void" },
  { name: 'wechat', peer: 'miniprogram-api-typings', title: `miniprogram-api-typings ${versionOf('miniprogram-api-typings')}`, types: ['miniprogram-api-typings'], task: 'WechatMiniprogram.UploadTask', progressListener: 'WechatMiniprogram.UploadTaskOnProgressUpdateCallback' },
  { name: 'taro4', peer: '@tarojs/taro', title: `@tarojs/taro ${versionOf('@tarojs/taro')}`, types: [], header: "import Taro from '@tarojs/taro'", task: 'Taro.UploadTask', progressListener: 'Taro.UploadTask.OnProgressUpdateCallback', options: { esModuleInterop: true } },
  { name: 'uni-app', peer: '@dcloudio/types', title: `@dcloudio/types ${versionOf('@dcloudio/types')} (+ DOM lib, which it needs)`, types: ['@dcloudio/types'], task: 'UniApp.UploadTask', progressListener: '(result: UniApp.OnProgressUpdateResult) => void', options: { lib: ['es2017', 'dom'] } },
]
const peers = contenders.filter(contender => contender.peer)

/**
 * One use site, as code in an app or a helper has it: a function that gets the task, a contextually typed
 * listener with destructuring, an on/off pair, a header listener, abort. Each site is its own function:
 * the same sites as top-level statements of one module cost the compiler more than linearly, whatever
 * the typings (baseline with TypeScript 5.9: 1,000 sites 1.1 s of check time, 3,000 sites 5.0 s), so the
 * table would time that instead of the typings.
 */
const site = (contender, i) => `export function site${i}(task: ${contender.task}): void {
  const onProgress: ${contender.progressListener} = ({ progress, totalBytesSent, totalBytesExpectedToSend }) => {
    void (progress + totalBytesSent / totalBytesExpectedToSend)
  }
  task.onProgressUpdate(onProgress)
  task.offProgressUpdate(onProgress)
  task.onHeadersReceived(({ header }) => { void header })
  task.abort()
}
`

function writeConsumer(contender, size) {
  const dir = join(benchDir, `${contender.name}-${size}`)
  mkdirSync(dir, { recursive: true })
  const body = Array.from({ length: size }, (_, i) => site(contender, i)).join('')
  writeFileSync(join(dir, 'consumer.ts'), `${contender.header ?? ''}\n${body}`)
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: {
      strict: true, noEmit: true, skipLibCheck: false, target: 'es2017', module: 'commonjs', lib: ['es2017'],
      types: contender.types, ...contender.options,
    },
    files: ['consumer.ts'],
  })
  return dir
}

/**
 * Given the files of a program (listFiles), their count and the lines of the .d.ts files it loads besides
 * the compiler's own lib files (found as the folder of lib.es5.d.ts, wherever the compiler keeps it: the
 * same rule for 5.9 and for 7.0).
 */
function definitionLines(files) {
  const libFolder = dirname(files.find(file => /[\\/]lib\.es5\.d\.ts$/.test(file)))
  const definitions = files.filter(file => /\.d\.[cm]?ts$/.test(file) && dirname(file) !== libFolder)
  return {
    files: files.length,
    lines: definitions.reduce((sum, file) => sum + readFileSync(file, 'utf8').split('\n').length, 0),
  }
}

/** One whole `tsc` process: wall time, and what --extendedDiagnostics says. */
function measure(dir, tsc) {
  const started = process.hrtime.bigint()
  let output
  try {
    output = execFileSync(tsc.command[0], [...tsc.command.slice(1), '-p', 'tsconfig.json', '--extendedDiagnostics', '--pretty', 'false'], {
      cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    })
  } catch (error) {
    output = error.stdout // the peers' own typings report errors of their own under strict, skipLibCheck off
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  const stat = name => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)(K|s)?\\s*$`, 'm').exec(output)
    return match ? Number(match[1]) : undefined
  }
  const result = {
    wall,
    types: stat('Types'),
    instantiations: stat('Instantiations'),
    memoryMB: stat('Memory used') / 1024,
    check: stat('Check time'),
    errors: (output.match(/error TS\d+/g) ?? []).length,
  }
  // The consumer itself must be valid code for every contender, or the row would time error reporting.
  const own = output.split('\n').filter(line => line.startsWith('consumer.ts('))
  if (own.length) throw new Error(`${dir}: the generated consumer does not compile:\n${own.slice(0, 5).join('\n')}`)
  return result
}

/** The value at fraction q (0 to 1) of the sorted samples, the nearest rank; median = quantile(values, 0.5). */
const quantile = (values, q) => {
  const sorted = values.filter(value => value !== undefined).sort((a, b) => a - b)
  return sorted.length === 0 ? undefined : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
const median = values => quantile(values, 0.5)
/** How much a case's wall time moves from run to run: interquartile range over median. */
const spread = values => (quantile(values, 0.75) - quantile(values, 0.25)) / median(values)

// ------------------------------------------------------------------------------------------------
ensureMatrixInstalled()
rmSync(benchDir, { recursive: true, force: true })
mkdirSync(benchDir, { recursive: true })
const packed = pack()
writeJson(join(benchDir, 'package.json'), { name: 'bench-consumers', private: true })
await installTarball(benchDir, packed.tarball)

const cases = sizes.flatMap(size => contenders.map(contender => ({ contender, size, dir: writeConsumer(contender, size) })))
// A 1-site case takes under a second, most of it starting Node and loading the compiler, and moves
// more from run to run than its differences between contenders: each run visits it smallVisits times.
const smallVisits = 3
const small = cases.filter(item => item.size === 1)
const visits = [...cases, ...Array.from({ length: smallVisits - 1 }, () => small).flat()]
const results = new Map()
for (const version of versions) {
  const tsc = matrixTsc(version)
  const programFiles = await listFiles(tsc, cases.map(item => join(item.dir, 'tsconfig.json')))
  cases.forEach((item, index) => results.set(`${version}|${item.dir}`, { ...definitionLines(programFiles[index]), samples: [] }))
  // Interleaved: every run visits every case once, so a slow moment of the machine spreads over all;
  // each run starts one case later than the one before, so no case always follows the same one.
  for (let run = 0; run < runs; run++) {
    process.stderr.write(`TypeScript ${version}, run ${run + 1} of ${runs}\n`)
    for (const [index] of visits.entries()) {
      const item = visits[(index + run) % visits.length]
      results.get(`${version}|${item.dir}`).samples.push(measure(item.dir, tsc))
    }
  }
}

// ------------------------------------------------------------------------------------------------
const fmt = (value, digits = 0) => (value === undefined ? 'n/a' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }))
const ratio = (a, b) => (a === undefined || b === undefined ? 'n/a' : `${(a / b).toFixed(2)}×`)

const summaries = new Map()
/** The rows of one table (medians of the samples), computed once per version and size. */
function summarise(version, size) {
  const key = `${version}|${size}`
  if (!summaries.has(key)) summaries.set(key, tabulate(version, size))
  return summaries.get(key)
}

function tabulate(version, size) {
  const rows = contenders.map(contender => {
    const item = cases.find(entry => entry.contender === contender && entry.size === size)
    const { samples, ...counts } = results.get(`${version}|${item.dir}`)
    const pick = key => median(samples.map(sample => sample[key]))
    return { contender, ...counts, wall: pick('wall'), types: pick('types'), instantiations: pick('instantiations'), memoryMB: pick('memoryMB'), check: pick('check'), errors: samples[0].errors, spread: spread(samples.map(sample => sample.wall)) }
  })
  const row = name => rows.find(entry => entry.contender.name === name)
  return { rows, row }
}

const summaryAt = '<!-- the summary goes here -->'
const lines = []
const out = text => lines.push(text)
out('# Benchmarks')
out('')
out(`Measured ${new Date().toISOString().slice(0, 10)} with \`${process.env.RUNS ? `RUNS=${runs} ` : ''}npm run bench\` (${runs} run${runs === 1 ? "" : "s"}, interleaved; each run visits every 10,000-site case once and every 1-site case ${smallVisits} times; medians).`)
out(`Node ${process.version}, ${cpus()[0].model.trim()} (${cpus().length} cores), TypeScript ${versions.join(' and ')}.`)
out('')
out(summaryAt)
out('')
out('## Method')
out('')
out('Each consumer is one generated file, compiled with `strict`, `skipLibCheck: false`, `lib: es2017` (uni-app also needs `dom`).')
out('A use site is a function that gets the task: a contextually typed listener with destructuring, an on/off pair,')
out('a header listener and `abort()`. The baseline declares the same small interface locally and loads no typings.')
out('"Lines of definitions" counts the `.d.ts` lines a program loads besides the compiler\'s own lib files, counted the')
out('same way for both compilers. "Wall" is the whole `tsc` process. TypeScript 7 reports memory of the Go runtime, so')
out('compare memory within one version only. "Wall spread" is how much a case\'s wall time moved from run to run on')
out('this machine (interquartile range ÷ median): a ratio that differs from 1.00× by less than the spread of its two')
out('rows is within the noise of the measurement.')

const targets = []
for (const version of versions) {
  for (const size of sizes) {
    const { rows, row } = summarise(version, size)
    out('')
    out(`## TypeScript ${version}, ${size.toLocaleString('en-US')} use site${size === 1 ? '' : 's'}`)
    out('')
    out(`| consumer | files | lines of definitions | types | instantiations | memory (MB) | check (s) | wall (s) | wall spread | × baseline | ${peers.map(peer => `× ${peer.name}`).join(' | ')} |`)
    out(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ${peers.map(() => '---:').join(' | ')} |`)
    for (const entry of rows) {
      out(`| ${entry.contender.title}${entry.errors ? ` (${entry.errors} errors of its own)` : ''} | ${entry.files} | ${fmt(entry.lines)} | ${fmt(entry.types)} | ${fmt(entry.instantiations)} | ${fmt(entry.memoryMB, 1)} | ${fmt(entry.check, 2)} | ${fmt(entry.wall, 2)} | ${fmt(entry.spread * 100)}% | ${ratio(entry.wall, row('baseline').wall)} | ${peers.map(peer => ratio(entry.wall, row(peer.name).wall)).join(' | ')} |`)
    }
    const cheapest = peers.reduce((best, peer) => (row(peer.name).wall < row(best.name).wall ? peer : best))
    const ours = [['global', 'global'], ['module', '/module'], ['for-weapp', "For<'weapp'>"]]
    const sites = `${size.toLocaleString('en-US')} site${size === 1 ? '' : 's'}`
    if (size === 1) {
      targets.push([`${version}, ${sites}: whole type-check within 1.05× of the baseline`,
        ours.map(([name, label]) => `${label} ${ratio(row(name).wall, row('baseline').wall)}`).join(', '),
        ours.every(([name]) => row(name).wall <= 1.05 * row('baseline').wall)])
    } else {
      targets.push([`${version}, ${sites}: For<'weapp'> within 1.1× of the plain Taro.UploadTask`,
        `${ratio(row('for-weapp').wall, row('global').wall)} (named once: ${ratio(row('for-weapp-alias').wall, row('global').wall)})`,
        row('for-weapp').wall <= 1.1 * row('global').wall])
    }
    targets.push([`${version}, ${sites}: this package at or below the cheapest peer (${cheapest.name})`,
      ours.map(([name, label]) => `${label} ${ratio(row(name).wall, row(cheapest.name).wall)}`).join(', '),
      ours.every(([name]) => row(name).wall <= row(cheapest.name).wall)])
  }
}

// ------------------------------------------------------------------------------------------------
// Footprint: each package installed alone into a scratch folder.
function footprint(spec, name) {
  const dir = join(benchDir, 'footprint', name.replace('/', '__'))
  mkdirSync(dir, { recursive: true })
  writeJson(join(dir, 'package.json'), { name: 'footprint', private: true })
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--legacy-peer-deps', spec], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  const installed = []
  const walk = folder => {
    if (!existsSync(folder)) return
    for (const entry of readdirSync(folder)) {
      if (entry.startsWith('.')) continue
      const path = join(folder, entry)
      if (entry.startsWith('@')) walk(path)
      else if (existsSync(join(path, 'package.json'))) { installed.push(path); walk(join(path, 'node_modules')) }
    }
  }
  walk(join(dir, 'node_modules'))
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', spec], { cwd: dir, encoding: 'utf8' }))
  return { name, tarball: info.size, unpacked: info.unpackedSize, files: info.entryCount, dependencies: installed.length - 1 }
}
const footprints = [
  footprint(packed.tarball, `${packed.name} ${packed.version}`),
  ...peers.map(peer => footprint(`${peer.peer}@${versionOf(peer.peer)}`, `${peer.peer} ${versionOf(peer.peer)}`)),
]
out('')
out('## Footprint')
out('')
out('Each package installed alone into a scratch folder (`npm install --legacy-peer-deps`: peers such as webpack or Vue are not counted).')
out('')
out('| package | tarball (KB) | unpacked (KB) | files | installed dependencies |')
out('| --- | ---: | ---: | ---: | ---: |')
for (const entry of footprints) out(`| ${entry.name} | ${fmt(entry.tarball / 1024, 1)} | ${fmt(entry.unpacked / 1024, 1)} | ${entry.files} | ${entry.dependencies} |`)

// The summary, first in BENCHMARKS.md and copied into README between the same markers (npm test checks
// that the two agree): each contender's definitions, memory, and whole type-check time against the baseline.
const summary = [
  summaryStart,
  '',
  `| consumer | lines of definitions | memory, ${versions[0]}, 1 site (MB) | ${versions.flatMap(version => sizes.map(size => `${version}, ${size.toLocaleString('en-US')} site${size === 1 ? '' : 's'}`)).join(' | ')} |`,
  `| --- | ---: | ---: | ${versions.flatMap(() => sizes.map(() => '---:')).join(' | ')} |`,
  ...contenders.map(contender => {
    const small = summarise(versions[0], 1).row(contender.name)
    const cell = (version, size) => {
      const { row } = summarise(version, size)
      return `${fmt(row(contender.name).wall, 2)} s (${ratio(row(contender.name).wall, row('baseline').wall)})`
    }
    return `| ${contender.title} | ${fmt(small.lines)} | ${fmt(small.memoryMB, 1)} | ${versions.flatMap(version => sizes.map(size => cell(version, size))).join(' | ')} |`
  }),
  '',
  `Whole type-check time (\`tsc\` wall time, median of ${runs} runs, ${runs * smallVisits} samples for 1 site) and its ratio to the baseline; lines of definitions as counted with ${versions[0]}.`,
  '',
  'Targets (reported, not asserted; ratios of wall time):',
  '',
  '| target | measured | met |',
  '| --- | --- | :---: |',
  ...targets.map(([target, measured, met]) => `| ${target} | ${measured} | ${met ? 'yes' : 'no'} |`),
  summaryEnd,
]
lines.splice(lines.indexOf(summaryAt), 1, '## Summary', '', ...summary)

const markdown = `${lines.join('\n')}\n\n${countsSection(committedCounts())}`
writeFileSync(join(root, 'BENCHMARKS.md'), markdown)
console.log(markdown)
