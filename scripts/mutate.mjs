// `npm run mutate`: applies each mutant of scripts/mutants.mjs to a scratch copy of the repository and
// runs the whole suite (`npm test`) there; a mutant is killed when the suite fails. Prints,
// for each mutant, the checks that caught it, then the score. The scratch copy holds the committed files
// (HEAD, so that work in progress here does not leak into it), shares node_modules and the TypeScript
// versions with this checkout, and keeps a .cache of its own. It takes about a minute a mutant.
//   npm run mutate                  every mutant
//   npm run mutate -- header-any    only the mutants named
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { cacheDir, npm, root } from './lib/consumer.mjs'
import { mutants } from './mutants.mjs'

const scratch = join(tmpdir(), 'taro-upload-task-types-mutate')
const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()

/** Lays the scratch copy out anew: the files of the commit this run started at. */
function reset() {
  mkdirSync(scratch, { recursive: true })
  execFileSync('sh', ['-c', `git -C "${root}" archive ${head} | tar -x -C "${scratch}"`])
  if (!existsSync(join(scratch, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'))
  mkdirSync(join(scratch, '.cache'), { recursive: true })
  if (!existsSync(join(scratch, '.cache/typescript'))) symlinkSync(join(cacheDir, 'typescript'), join(scratch, '.cache/typescript'))
}

const only = process.argv.slice(2)
const chosen = mutants.filter(mutant => only.length === 0 || only.includes(mutant.id))
const results = []
for (const mutant of chosen) {
  reset()
  const file = join(scratch, mutant.file)
  const text = readFileSync(file, 'utf8')
  const count = text.split(mutant.from).length - 1
  if (count !== 1) throw new Error(`mutant ${mutant.id}: its text occurs ${count} times in ${mutant.file}, not once`)
  writeFileSync(file, text.replace(mutant.from, mutant.to))
  const started = Date.now()
  let output
  try {
    output = (await promisify(execFile)(npm, ['test'], { cwd: scratch, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })).stdout
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`
  }
  // node --test's spec reporter lists the failed tests again after "✖ failing tests:", each as
  // "✖ <name> (<time>ms)"; a check's name up to its first colon says which check it is.
  const at = output.indexOf('✖ failing tests:')
  const failing = at === -1 ? '' : output.slice(at)
  const killers = [...new Set(failing.split('\n').map(line => /^✖ (.*) \([\d.]+ms\)$/.exec(line)?.[1].split(':')[0]).filter(Boolean))]
  const crashed = !/^ℹ fail \d+$/m.test(output) // the suite did not run to its summary (pretest failed, say)
  results.push({ ...mutant, killers, crashed })
  console.log(`${killers.length > 0 || crashed ? 'killed  ' : 'SURVIVED'} ${mutant.id} (${((Date.now() - started) / 1000).toFixed(0)} s)${crashed ? ' (the suite crashed)' : ''}`)
  for (const killer of killers) console.log(`         by ${killer}`)
}
reset()
rmSync(join(scratch, '.cache/consumer'), { recursive: true, force: true })

const killed = results.filter(result => result.killers.length > 0 || result.crashed)
const typeOnce = results.filter(result => result.type && result.killers.length === 1)
console.log(`\n${killed.length} of ${results.length} mutants killed (${(100 * killed.length / results.length).toFixed(1)}%)`)
console.log(`type changes caught by at least two checks: ${results.filter(result => result.type && result.killers.length >= 2).length} of ${results.filter(result => result.type).length}`)
for (const result of typeOnce) console.log(`  caught by one check only: ${result.id} (${result.killers[0]})`)
process.exitCode = killed.length === results.length ? 0 : 1
