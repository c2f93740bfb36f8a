// `npm run mutate`: applies mutants to a scratch copy of the repository and runs the suite (`npm test`)
// there; a mutant is killed when a check fails. Prints, for each mutant, the checks that
// caught it, then the score. The scratch copy holds the committed files (HEAD, so that work in progress
// here does not leak into it), shares node_modules and the TypeScript versions with this checkout, and
// keeps a .cache of its own. The whole suite takes one to two minutes a mutant.
//   npm run mutate                              the hand-written mutants of scripts/mutants.mjs
//   npm run mutate -- header-any                only the hand-written mutants named
//   npm run mutate -- --generated               mutants generated from the code (scripts/lib/generated-mutants.mjs):
//                                               a sample of 20, chosen with a printed seed
//   npm run mutate -- --generated --sample 40 --seed 7    another sample
//   npm run mutate -- --generated --all         every generated mutant (hours)
//   npm run mutate -- --generated --jobs 2      two mutants at a time, each in a scratch copy of its own
//   npm run mutate -- --generated 'upload-task.d.ts:258 offProgressUpdate: readonly'   only the generated mutants named
//   npm run mutate -- --generated --all --equivalence-only   only tell the equivalent ones (about 20 s a mutant of
//                                               the root entry or the runtime types: up to 18 programs each)
// A generated run keeps what it finds in .cache/mutate/<commit>/ as it goes (which mutants are equivalent,
// and each mutant's result): a run on the same commit, stopped part way, goes on where it stopped.
// A generated mutant whose types are the same as the package's for every cell of the data and every
// export (scripts/lib/fingerprint.mjs) is equivalent: reported as such, not run, not counted. The jobs
// tell them apart too, a worker thread each (scripts/lib/equivalence.mjs).
// A generated mutant is not run through the whole suite: after the pretest step, the test files run one
// at a time, those likeliest to catch it first, until two checks have caught it (one, for a change to
// package.json), so that a run of all of them takes hours instead of a day; a file is stopped as soon
// as its failures make two (the matrix's first failing version, say, ends it). The counts baseline (the
// `counts` check) is not one of the two: it fails on any change to a type, and its message offers a new
// baseline as the fix. Tests of one check on several programs (the peers) count once. Add --whole to run
// the whole suite on each instead.
import { execFile, execFileSync, spawn } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { cacheDir, npm, root } from './lib/consumer.mjs'
import { mutants } from './mutants.mjs'
import { applyMutant, equivalentBecause, generatedMutants, placeOf } from './lib/generated-mutants.mjs'
import { equivalentIds } from './lib/equivalence.mjs'

/** The scratch copies: one per job (--jobs N), so that mutants run at the same time share nothing they write. */
const scratchOf = job => join(tmpdir(), `taro-upload-task-types-mutate${job === 0 ? '' : `-${job + 1}`}`)
const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()

/**
 * Lays the scratch copy out anew: the files of the commit this run started at, and nothing else (a file
 * left from an earlier run, say a declaration file since removed, would be packed and fail a check).
 */
function reset(scratch) {
  mkdirSync(scratch, { recursive: true })
  for (const entry of readdirSync(scratch).filter(entry => entry !== 'node_modules' && entry !== '.cache')) rmSync(join(scratch, entry), { recursive: true, force: true })
  execFileSync('sh', ['-c', `git -C "${root}" archive ${head} | tar -x -C "${scratch}"`])
  if (!existsSync(join(scratch, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'))
  mkdirSync(join(scratch, '.cache'), { recursive: true })
  if (!existsSync(join(scratch, '.cache/typescript'))) symlinkSync(join(cacheDir, 'typescript'), join(scratch, '.cache/typescript'))
}

/**
 * What generated runs found on this commit, one JSON line per mutant: `equivalence` (is it equivalent)
 * and `results` (what caught it). The scratch copies hold this commit's files, so a result read back is
 * the one a new run would give.
 */
const recordDir = join(cacheDir, 'mutate', head)
const recorded = name => (existsSync(join(recordDir, `${name}.jsonl`))
  ? readFileSync(join(recordDir, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line))
  : [])
const record = (name, entry) => {
  mkdirSync(recordDir, { recursive: true })
  appendFileSync(join(recordDir, `${name}.jsonl`), `${JSON.stringify(entry)}\n`)
}

const args = process.argv.slice(2)
const option = name => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const generated = args.includes('--generated')
/** The mutants named on the command line: every argument that is not an option or an option's value. */
const named = args.filter((arg, index) => !arg.startsWith('--') && !['--seed', '--sample', '--jobs'].includes(args[index - 1]))
const jobs = Number(option('--jobs') ?? 1)

/** A generator of numbers in [0, 1) from a seed (mulberry32), so that a sample can be drawn again. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The equivalent mutants chosen whose reason is not recorded. */
let unexplained = []

/** The generated mutants chosen (all, or a sample drawn with the seed), each marked equivalent or not. */
async function chooseGenerated() {
  // The mutants are places in the files of this checkout, and the scratch copy holds HEAD's: the same files.
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'types', 'package.json'], { cwd: root, encoding: 'utf8' }).trim()
  if (dirty) throw new Error(`commit the changes to types/ and package.json first; they differ from HEAD:\n${dirty}`)
  const all = generatedMutants()
  const seed = Number(option('--seed') ?? Math.floor(Math.random() * 1e6))
  const size = args.includes('--all') ? all.length : Number(option('--sample') ?? 20)
  const next = random(seed)
  const order = all.map((mutant, index) => ({ mutant, key: next(), index })).sort((a, b) => a.key - b.key)
  const unknown = named.filter(id => !all.some(mutant => mutant.id === id))
  if (unknown.length > 0) throw new Error(`no generated mutant is named ${unknown.map(id => `'${id}'`).join(', ')}`)
  const chosen = named.length > 0
    ? all.filter(mutant => named.includes(mutant.id))
    : order.slice(0, size).sort((a, b) => a.index - b.index).map(entry => entry.mutant)
  console.log(`${all.length} mutants generated; ${named.length > 0 ? `the ${chosen.length} named` : chosen.length === all.length ? 'all of them' : `a sample of ${chosen.length}, seed ${seed} (npm run mutate -- --generated --sample ${chosen.length} --seed ${seed})`}`)
  const started = Date.now()
  // package.json's exports and files do not change a type: they are always run.
  const told = new Map(recorded('equivalence').map(({ id, same }) => [id, same]))
  const toTell = chosen.filter(mutant => mutant.type && !told.has(mutant.id))
  await equivalentIds(toTell, jobs, (id, same) => {
    told.set(id, same)
    record('equivalence', { id, same })
  })
  const equivalent = chosen.filter(mutant => told.get(mutant.id) === true)
  for (const mutant of equivalent) mutant.equivalent = true
  const toldBefore = chosen.filter(mutant => mutant.type).length - toTell.length
  console.log(`equivalent (the same types for every cell and every export): ${equivalent.length} of ${chosen.length}, told in ${((Date.now() - started) / 1000).toFixed(0)} s with ${jobs} job${jobs === 1 ? '' : 's'}${toldBefore > 0 ? ` (${toldBefore} of them told by an earlier run on this commit)` : ''}`)
  for (const mutant of equivalent) console.log(`  equivalent ${mutant.id}: ${equivalentBecause[placeOf(mutant)] ?? 'NO REASON RECORDED (scripts/lib/generated-mutants.mjs: equivalentBecause), or a test to write'}`)
  unexplained = equivalent.filter(mutant => !equivalentBecause[placeOf(mutant)])
  return chosen
}

/** Applies a mutant to the scratch copy: a hand-written one replaces its text, a generated one edits its place. */
function apply(mutant, scratch) {
  const file = join(scratch, mutant.file)
  const text = readFileSync(file, 'utf8')
  if (mutant.replacement !== undefined) return writeFileSync(file, applyMutant(mutant, text))
  const count = text.split(mutant.from).length - 1
  if (count !== 1) throw new Error(`mutant ${mutant.id}: its text occurs ${count} times in ${mutant.file}, not once`)
  writeFileSync(file, text.replace(mutant.from, mutant.to))
}

const chosen = generated ? (await chooseGenerated()).filter(mutant => !mutant.equivalent) : mutants.filter(mutant => named.length === 0 || named.includes(mutant.id))
if (args.includes('--equivalence-only')) process.exit(unexplained.length === 0 ? 0 : 1)

/** Runs a command in the scratch copy: its output, and whether it exited with 0. */
async function run(scratch, file, commandArgs) {
  try {
    return { output: (await promisify(execFile)(file, commandArgs, { cwd: scratch, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })).stdout, ok: true }
  } catch (error) {
    return { output: `${error.stdout ?? ''}${error.stderr ?? ''}`, ok: false }
  }
}

/**
 * The tests that failed in node --test's spec output: after "✖ failing tests:" it lists them again, each
 * as "✖ <name> (<time>ms)".
 */
function failedChecks(output) {
  const at = output.indexOf('✖ failing tests:')
  const failing = at === -1 ? '' : output.slice(at)
  return [...new Set(failing.split('\n').map(line => /^✖ (.*) \([\d.]+ms\)$/.exec(line)?.[1]).filter(Boolean))]
}

/** The counts baseline: it fails on any change to a type, and offers a new baseline as the fix. */
const isBaseline = check => /^counts, /.test(check)

/**
 * The check a failed test belongs to. One check run on several compilers or programs is one check: the
 * matrix's versions ("TypeScript 4.0.8: both entries' tests ..."), the consumer settings' compilers,
 * Register on TypeScript 7 beside 6, the peers' programs ("peers, TypeScript 6.0.3 (programs/peer-wechat,
 * ...)"), tsd's two programs, the Taro projects' compilers. Otherwise, its name up to the first comma,
 * parenthesis or colon.
 */
const sameCheck = [
  [/^TypeScript [\d.]+: /, 'the TypeScript matrix'],
  [/^TypeScript [\d.]+, both entries under each consumer setting/, 'consumer settings'],
  [/^Register on TypeScript /, 'Register'],
]
const checkOf = test => sameCheck.find(([pattern]) => pattern.test(test))?.[1] ?? test.split(/[,(:]/)[0].trim()

/** The checks that caught a mutant, from the tests that failed on it: each once, the counts baseline left out. */
const checksOf = killers => [...new Set(killers.filter(test => !isBaseline(test)).map(checkOf))]

/**
 * The test files, those that catch the most mutants per second first, then any other. Measured on a type
 * change (one job): tsd 3.6 s, peers 6.3 s, register 9 s, package 1.3 s, declarations 5.6 s, runtime
 * 10 s, editor 3.6 s, vendors 3.4 s, and the matrix, the consumer settings and the Taro projects a
 * minute or more each. In the 154 mutants run in the samples with seeds 2028 to 2030 (files in the old
 * order, cheapest first: register, package, editor, peers, vendors, tsd, ...), how many each check
 * caught: tsd 82 and dtslint 11 (tsd's file), peers 58, register's 72 (Register 42, its README quotes
 * 25, by release 5), declarations' 25, runtime's 24, the matrix 16, consumer settings 10, editor 6,
 * package 2, vendors none.
 */
const likeliestFirst = ['tsd', 'peers', 'register', 'package', 'declarations', 'runtime', 'editor', 'vendors', 'settings', 'budgets', 'matrix', 'example', 'taro-projects']
  .map(name => `test/${name}.test.mjs`)

/**
 * Runs the suite on the scratch copy: the whole of `npm test` (hand-written mutants, or --whole), or the
 * pretest step and then the test files one at a time until `enough` checks other than the counts
 * baseline have failed. { killers, crashed }.
 */
async function runSuite(mutant, scratch) {
  if (!generated || args.includes('--whole')) {
    const { output } = await run(scratch, npm, ['test'])
    return { killers: failedChecks(output), crashed: !/^ℹ fail \d+$/m.test(output) } // no summary: the suite did not run (pretest failed, say)
  }
  const prepared = await run(scratch, process.execPath, ['scripts/prepare.mjs'])
  if (!prepared.ok) return { killers: [], crashed: true }
  const files = [...likeliestFirst, ...readdirSync(join(scratch, 'test')).map(file => `test/${file}`).filter(file => file.endsWith('.test.mjs') && !likeliestFirst.includes(file))]
  const enough = mutant.type ? 2 : 1
  const killers = []
  for (const file of files) {
    const { failed, stopped, output } = await runUntil(scratch, file, failing => checksOf([...killers, ...failing]).length >= enough)
    if (!stopped && !/^ℹ fail \d+$/m.test(output)) return { killers, crashed: true }
    killers.push(...failed)
    if (checksOf(killers).length >= enough) break
  }
  return { killers, crashed: false }
}

/**
 * Runs one test file in the scratch copy and reads the spec reporter's lines as they come (it reports
 * each test when it ends, a failure as "✖ <name> (<time>ms)"; a suite's own line is left out). Once
 * the tests failed so far are `enough`, it stops the file and the processes it started: the matrix, say,
 * fails on its first version, and its other 21 need not run. { failed, stopped, output }.
 */
function runUntil(scratch, file, enough) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', file], { cwd: scratch, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    const failed = []
    const suites = new Set() // a suite's "▶ <name>" comes first; its "✖" line only repeats its tests' failures
    let output = ''
    let pending = ''
    let stopped = false
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', chunk => { output += chunk })
    child.stdout.on('data', chunk => {
      output += chunk
      const lines = (pending + chunk).split('\n')
      pending = lines.pop()
      for (const line of lines) {
        const suite = /^\s*▶ (.*)$/.exec(line)?.[1]
        if (suite) suites.add(suite)
        const name = /^\s*✖ (.*) \([\d.]+ms\)$/.exec(line)?.[1]
        if (name && !suites.has(name) && !failed.includes(name)) failed.push(name)
      }
      if (!stopped && failed.length > 0 && enough(failed)) {
        stopped = true
        try { process.kill(-child.pid, 'SIGKILL') } catch {}
      }
    })
    child.on('close', () => resolve({ failed, stopped, output }))
  })
}

const runStarted = Date.now()
const results = []
/** The results an earlier generated run on this commit kept, by mutant id. */
const earlier = new Map(generated ? recorded('results').map(result => [result.id, result]) : [])
let next = 0
/** One job: takes the next mutant not yet taken, runs it in its own scratch copy, until none is left. */
async function work(scratch) {
  while (next < chosen.length) {
    const mutant = chosen[next++]
    const kept = earlier.get(mutant.id)
    const started = Date.now()
    if (!kept) {
      reset(scratch)
      apply(mutant, scratch)
    }
    const { killers, crashed } = kept ?? await runSuite(mutant, scratch)
    const seconds = kept?.seconds ?? Math.round((Date.now() - started) / 1000)
    // A crash is not kept: it may come from the machine (memory, say) rather than the mutant.
    if (generated && !kept && !crashed) record('results', { id: mutant.id, killers, crashed, seconds })
    const caughtBy = checksOf(killers)
    results.push({ ...mutant, killers, caughtBy, crashed, seconds })
    console.log([`${caughtBy.length > 0 || crashed ? 'killed  ' : 'SURVIVED'} ${mutant.id} (${seconds} s${kept ? ', kept from an earlier run on this commit' : ''})${crashed ? ' (the suite crashed)' : ''}`,
      ...killers.map(killer => `         by ${killer.split(':')[0]}${isBaseline(killer) ? ' (the counts baseline: not counted)' : ` [${checkOf(killer)}]`}`)].join('\n'))
  }
  reset(scratch)
  rmSync(join(scratch, '.cache/consumer'), { recursive: true, force: true })
}
await Promise.all(Array.from({ length: jobs }, (_, job) => work(scratchOf(job))))

const killed = results.filter(result => result.caughtBy.length > 0 || result.crashed)
const typeOnce = results.filter(result => result.type && !result.crashed && result.caughtBy.length < 2)
const keptCount = results.filter(result => earlier.has(result.id)).length
console.log(`\n${killed.length} of ${results.length} mutants killed (${(100 * killed.length / results.length).toFixed(1)}%), in ${((Date.now() - runStarted) / 60000).toFixed(0)} min with ${jobs} job${jobs === 1 ? '' : 's'} (the counts baseline not counted)${keptCount > 0 ? `; ${keptCount} of the results kept from an earlier run on this commit (${head.slice(0, 7)})` : ''}`)
const suiteSeconds = results.reduce((sum, result) => sum + result.seconds, 0)
console.log(`suite time: ${(suiteSeconds / 60).toFixed(0)} min over the ${results.length} mutants, ${(suiteSeconds / results.length).toFixed(0)} s a mutant on average`)
console.log(`type changes caught by at least two checks: ${results.filter(result => result.type && (result.crashed || result.caughtBy.length >= 2)).length} of ${results.filter(result => result.type).length}`)
for (const result of typeOnce) console.log(`  caught by ${result.caughtBy.length === 0 ? 'no check' : 'one check only'}: ${result.id}${result.caughtBy.length ? ` (${result.caughtBy[0]})` : ''}`)
if (unexplained.length > 0) console.log(`equivalent with no reason recorded: ${unexplained.map(mutant => mutant.id).join('; ')}`)
process.exitCode = killed.length === results.length && typeOnce.length === 0 && unexplained.length === 0 ? 0 : 1
