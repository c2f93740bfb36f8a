// `npm test`: every check of the package, against the packed tarball installed in a scratch
// consumer (never the source folder). Prints one line per check and ends with "N passed, N failed".
import { execFileSync } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import tsdModule from 'tsd'
import { consumerDir, installPackedConsumer, root, writeProgram } from './lib/consumer.mjs'
import { checkDocs } from './lib/docs.mjs'
import { checkProgram } from './lib/expect-errors.mjs'
import { programs } from './lib/programs.mjs'
import { projectTsc } from './lib/typescript.mjs'
import { runExample } from './example.mjs'

const { default: tsd, formatter } = tsdModule
const only = process.argv.slice(2) // `npm test -- tsd example`: only the checks whose name has one of the words
const results = []

/** Runs one named check. fn returns a list of problems (empty: passed) or throws. */
async function check(name, fn, { always = false } = {}) {
  if (!always && only.length > 0 && !only.some(word => name.includes(word))) return
  const started = Date.now()
  let problems
  try {
    problems = await fn()
  } catch (error) {
    problems = [String(error.stdout ?? '') + String(error.stderr ?? '') || String(error)]
  }
  const ms = Date.now() - started
  results.push({ name, passed: problems.length === 0 })
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${ms} ms)`)
  for (const problem of problems) console.log(`     ${String(problem).trim().split('\n').join('\n     ')}`)
}

/** Runs a command; its output is the problem if it exits non-zero. */
function command(file, args, options = {}) {
  try {
    execFileSync(file, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
    return []
  } catch (error) {
    return [`${error.stdout ?? ''}${error.stderr ?? ''}`]
  }
}

const bin = name => join(root, 'node_modules/.bin', name)

let packed
await check('pack the package and install the tarball into a scratch consumer', () => {
  packed = installPackedConsumer()
  return []
}, { always: true })
if (!packed) process.exit(1)

await check('tsc -p tsconfig.json: the declarations themselves compile under the strictest flags', () =>
  command(projectTsc[0], [projectTsc[1], '-p', 'tsconfig.json', '--pretty', 'false']))

await check('docs: every declaration in Chinese then English; @see, @supported (= Support table) and on/off @example on methods', () =>
  checkDocs(join(consumerDir, 'node_modules/taro-upload-task-types/types/upload-task.d.ts')))

for (const program of programs) {
  const dir = writeProgram(program.name, program)
  await check(`tsd: ${program.title} (${program.testFiles.join(', ')})`, async () => {
    const diagnostics = await tsd({
      cwd: dir,
      typingsFile: `../node_modules/taro-upload-task-types/${program.typingsFile}`,
      testFiles: program.testFiles.map(file => `test-d/${file}`),
    })
    return diagnostics.length === 0 ? [] : [formatter(diagnostics)]
  })
  await check(`tsc: ${program.title}: positive cases compile, each @ts-expect-error fails with its code`, () =>
    checkProgram(dir, projectTsc).problems)
}

const dtslintDir = join(consumerDir, 'dtslint')
rmSync(dtslintDir, { recursive: true, force: true })
cpSync(join(root, 'test-d/dtslint'), dtslintDir, { recursive: true })
await check('dtslint: $ExpectType on every declaration', () =>
  command(process.execPath, [
    join(root, 'node_modules/dtslint/bin/index.js'),
    '--localTs', join(root, 'node_modules/typescript/lib'),
    relative(root, dtslintDir), // dtslint joins this to the working directory
  ]))
await check('tsc: dtslint file: each @ts-expect-error fails with its code', () =>
  checkProgram(dtslintDir, projectTsc).problems)

await check('example: examples/correct.ts compiles, every mistake in examples/mistakes.ts is caught', () => {
  const { ok, report } = runExample(packed.tarball)
  return ok ? [] : [report]
})

await check('publint --strict', () => command(bin('publint'), ['--strict'], {}))
await check('attw --pack: every entry resolves under node10, node16 (CJS and ESM) and bundler', () =>
  command(bin('attw'), ['--pack', '.', '--format', 'table-flipped']))

const passed = results.filter(result => result.passed).length
const failed = results.length - passed
console.log(`\n${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
