// Checks a test program with plain `tsc` (any version, through its command line only, so it works
// for TypeScript 7's native compiler too) in two ways at once:
//  1. the test files as written compile with no diagnostic at all: every positive case holds and
//     every `// @ts-expect-error` directive is used (an unused one is error TS2578);
//  2. copies of the files with the directives disabled fail exactly where the directives were, with
//     the code each directive names (`// @ts-expect-error TS2339: why`), and nowhere else. Where a
//     compiler version reports the same mistake with another code, the directive says so:
//     `// @ts-expect-error TS2740 (TS2322 before 5.6): why`.
// So a negative case cannot pass because of an unrelated error (a typo, a wrong import) on its line.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { consumerDir, installedTarball, readConfig } from './consumer.mjs'

const directive = /\/\/\s*@ts-expect-error\b(.*)$/
const diagnosticLine = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/

/**
 * Reads the directives of a test file: the line each one covers and the code it names for the given
 * compiler version ("major.minor.patch"; the code before a version applies to compilers older than it).
 */
export function readDirectives(text, version) {
  const found = []
  text.split('\n').forEach((line, index) => {
    const match = directive.exec(line)
    if (!match) return
    const code = /^\s*(TS\d+)\b(?:\s*\((TS\d+) before (\d+)\.(\d+)\))?/.exec(match[1])
    const older = code && code[2] && compareVersions(version, `${code[3]}.${code[4]}`) < 0
    found.push({ line: index + 2, code: code ? (older ? code[2] : code[1]) : undefined, why: match[1].trim() })
  })
  return found
}

function compareVersions(a, b) {
  const [x, y] = [a, b].map(v => v.split('.').map(Number))
  return x[0] - y[0] || x[1] - y[1]
}

/**
 * Checks the programs in `dirs` (each one's tsconfig.json lists its test files) and their disabled
 * copies with one compiler, `tsc` = { version, command: [file, ...args], api?: path to typescript.js }.
 * A compiler with a JS API checks all the programs in one process (see tsc-api.cjs); TypeScript 7
 * runs its `tsc` once per program. Diagnostics in files whose path matches `ignore` are set aside and
 * counted; with skipInstalled, installed packages other than this one are not checked at all. Resolves to { problems, byDir, directives }: no problems when both checks hold; byDir maps
 * each dir to its own { problems, ignored }.
 */
export async function checkPrograms(dirs, tsc, { ignore, skipInstalled = false } = {}) {
  const prepared = dirs.map(dir => expectedErrors(dir, tsc.version))
  // Incremental, for the tarball installed in the consumer: what is compared is where each error is and
  // its code, never its message.
  const outputs = await compile(tsc, dirs.map(dir => join(dir, 'tsconfig.check.json')), { skipInstalled, incremental: installedTarball(consumerDir) })
  const byDir = new Map(prepared.map(({ dir, expected, problems }, index) => {
    let ignored = 0
    const kept = outputs[index].split('\n').filter(line => {
      const match = diagnosticLine.exec(line)
      const drop = Boolean(ignore && match && ignore.test(match[1]))
      if (drop) ignored++
      return !drop
    })
    const found = [...problems, ...compareDiagnostics(dir, kept.join('\n'), expected)].map(problem => `${basename(dir)}/${problem}`)
    return [dir, { problems: found, ignored }]
  }))
  return {
    problems: [...byDir.values()].flatMap(result => result.problems),
    byDir,
    directives: prepared.reduce((sum, { expected }) => sum + expected.size, 0),
  }
}

/**
 * Compiles each tsconfig file (absolute paths) as `tsc -p <config> --pretty false` would, and resolves
 * to what it prints for each, paths relative to the config's folder. A compiler with a JS API compiles
 * them all in one process (tsc-api.cjs); TypeScript 7 runs its `tsc` once per config. skipInstalled:
 * leave the installed packages' files unchecked; incremental: a key (the installed tarball's hash) under
 * which TypeScript's build info is kept and reused (see tsc-api.cjs for both; compilers with a JS API only).
 */
export async function compile(tsc, configs, { skipInstalled = false, incremental } = {}) {
  if (tsc.api) {
    const flags = [...(skipInstalled ? ['--skip-installed'] : []), ...(incremental ? [`--incremental=${incremental}`] : [])]
    return splitOutput(await runCommand(process.execPath, [apiRunner, ...flags, tsc.api, ...configs], {}), configs)
  }
  const [command, ...args] = tsc.command
  return Promise.all(configs.map(config =>
    runCommand(command, [...args, '-p', basename(config), '--pretty', 'false', '--noEmit'], { cwd: dirname(config) })))
}

const apiRunner = fileURLToPath(new URL('./tsc-api.cjs', import.meta.url))

/** The source of what compile() runs besides the compiler (the API runner and its helper): part of any key of its output. */
export const runnerSource = ['./tsc-api.cjs', './program-host.cjs'].map(file => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\0')

function splitOutput(output, configs) {
  const byConfig = new Map()
  let current
  for (const line of output.split('\n')) {
    if (line.startsWith('### ')) byConfig.set((current = line.slice(4)), [])
    else if (current) byConfig.get(current).push(line)
    else if (line.trim()) throw new Error(output)
  }
  return configs.map(config => (byConfig.get(config) ?? [`error TS0: no output for ${config}`]).join('\n'))
}

/**
 * The files of each program (absolute tsconfig paths), without checking them: through the JS API in one
 * process where the compiler has one, else `tsc -p <config> --listFilesOnly` once per config (TypeScript 7).
 */
export async function listFiles(tsc, configs) {
  const outputs = tsc.api
    ? splitOutput(await runCommand(process.execPath, [apiRunner, '--list-files', tsc.api, ...configs], {}), configs)
    : await Promise.all(configs.map(config =>
      runCommand(tsc.command[0], [...tsc.command.slice(1), '-p', basename(config), '--listFilesOnly'], { cwd: dirname(config) })))
  return outputs.map(output => output.split('\n').map(line => line.trim()).filter(Boolean))
}

/**
 * Writes the disabled copies of the program in dir and its tsconfig.check.json, which lists them beside
 * the test files. Called once, when the program's folder is written and before any check starts:
 * the copies are the same for every compiler version, and the checks that run at the same time only
 * read them (a copy rewritten while another compiler reads it loses every expected error).
 */
export function writeCheckFiles(dir) {
  const config = readConfig(join(dir, 'tsconfig.json'))
  writeFileSync(
    join(dir, 'tsconfig.check.json'),
    JSON.stringify({ extends: './tsconfig.json', files: [...config.files, ...writeDisabledCopies(dir, config.files)] }, null, 2),
  )
}

/**
 * Writes, under dir/disabled/, a copy of each of the files (paths relative to dir) that has directives,
 * with the directives disabled; returns the copies' paths.
 */
export function writeDisabledCopies(dir, files) {
  const copies = []
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8')
    if (!text.split('\n').some(line => directive.test(line))) continue
    const copy = disabledCopyOf(file)
    mkdirSync(dirname(join(dir, copy)), { recursive: true })
    writeFileSync(join(dir, copy), text.replace(/@ts-expect-error/g, 'expect-error (disabled)'))
    copies.push(copy)
  }
  return copies
}

const disabledCopyOf = file => `disabled/${file.replace(/^test-d\//, '')}`

/**
 * Reads (never writes) what the files (relative to dir; by default the program's tsconfig.json lists
 * them) expect from one compiler version: the error at each directive's line of the disabled copy, and
 * a problem for each directive that names no code.
 */
export function expectedErrors(dir, version, files = readConfig(join(dir, 'tsconfig.json')).files) {
  const problems = []
  const expected = new Map()
  for (const file of files) {
    for (const d of readDirectives(readFileSync(join(dir, file), 'utf8'), version)) {
      if (!d.code) problems.push(`${file}:${d.line - 1}: @ts-expect-error does not name the error code it expects`)
      expected.set(`${disabledCopyOf(file)}:${d.line}`, d)
    }
  }
  return { dir, expected, problems }
}

/**
 * Runs a compiler and resolves to what it printed. `tsc` exits non-zero when it reports errors, which is
 * an outcome; a process ended by a signal, or the API runner (which always exits 0) failing, is not:
 * that rejects, so that a half-written output is never taken for a compiler's answer.
 */
async function runCommand(command, args, options) {
  try {
    const { stdout, stderr } = await run(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options })
    return stdout + stderr
  } catch (error) {
    if (error.signal || args[0] === apiRunner || args[1] === apiRunner) {
      throw new Error(`${command} ${args.slice(0, 3).join(' ')} … failed (${error.signal ?? `exit ${error.code}`}):\n${error.stderr ?? error.message}`)
    }
    return `${error.stdout ?? ''}${error.stderr ?? ''}`
  }
}

const run = promisify(execFile)

/**
 * Compares tsc's output with the errors expected, keyed by "file:line" (relative to dir), each
 * { code, why }. Returns the problems: an error nobody expected, a wrong code, an expected error missing.
 */
export function compareDiagnostics(dir, output, expected) {
  const problems = []
  const seen = new Set()
  for (const line of output.split('\n')) {
    const match = diagnosticLine.exec(line)
    if (!match) {
      if (/error TS\d+/.test(line)) problems.push(line.trim())
      continue
    }
    const [, file, row, , code, message] = match
    const at = `${relative(dir, join(dir, file)).replace(/\\/g, '/')}:${row}`
    const want = expected.get(at)
    if (!want) problems.push(`${at}: unexpected ${code}: ${message}`)
    else if (want.code && want.code !== code) problems.push(`${at}: expected ${want.code} (${want.why}) but got ${code}: ${message}`)
    else seen.add(at)
  }
  for (const [at, want] of expected) {
    if (!seen.has(at)) problems.push(`${at}: no error where ${want.code ?? 'one'} is expected (${want.why})`)
  }
  return problems
}
