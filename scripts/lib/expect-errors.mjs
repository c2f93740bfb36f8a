// Checks a test program with plain `tsc` (any version, through its command line only, so it works
// for TypeScript 7's native compiler too) in two ways at once:
//  1. the test files as written compile with no diagnostic at all: every positive case holds and
//     every `// @ts-expect-error` directive is used (an unused one is error TS2578);
//  2. copies of the files with the directives disabled fail exactly where the directives were, with
//     the code each directive names (`// @ts-expect-error TS2339: why`), and nowhere else.
// So a negative case cannot pass because of an unrelated error (a typo, a wrong import) on its line.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

const directive = /\/\/\s*@ts-expect-error\b(.*)$/
const diagnosticLine = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/

/** Reads the directives of a test file: the line each one covers and the code it names. */
export function readDirectives(text) {
  const found = []
  text.split('\n').forEach((line, index) => {
    const match = directive.exec(line)
    if (!match) return
    const code = /^\s*(TS\d+)\b/.exec(match[1])
    found.push({ line: index + 2, code: code ? code[1] : undefined, why: match[1].trim() })
  })
  return found
}

/**
 * Runs `tsc` over the program in `dir` (its tsconfig.json lists the test files) and its disabled
 * copies. `tsc` is the command to start the compiler, e.g. ['node', '/path/to/bin/tsc'].
 * Returns { problems, directives, output }: problems is empty when both checks hold.
 */
export function checkProgram(dir, tsc) {
  const config = JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8'))
  const problems = []
  const expected = new Map()
  const copies = []
  let directives = 0
  for (const file of config.files) {
    const text = readFileSync(join(dir, file), 'utf8')
    const found = readDirectives(text)
    if (found.length === 0) continue
    const copy = `disabled/${file.replace(/^test-d\//, '')}`
    mkdirSync(dirname(join(dir, copy)), { recursive: true })
    writeFileSync(join(dir, copy), text.replace(/@ts-expect-error/g, 'expect-error (disabled)'))
    copies.push(copy)
    for (const d of found) {
      directives++
      if (!d.code) problems.push(`${file}:${d.line - 1}: @ts-expect-error does not name the error code it expects`)
      expected.set(`${copy}:${d.line}`, d)
    }
  }
  writeFileSync(
    join(dir, 'tsconfig.check.json'),
    JSON.stringify({ extends: './tsconfig.json', files: [...config.files, ...copies] }, null, 2),
  )

  const output = runTsc(dir, tsc, 'tsconfig.check.json')
  problems.push(...compareDiagnostics(dir, output, expected))
  return { problems, directives, output }
}

/** Runs `tsc -p project` in dir and returns everything it printed (it exits non-zero on errors). */
export function runTsc(dir, tsc, project) {
  const [command, ...args] = tsc
  try {
    return execFileSync(command, [...args, '-p', project, '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`
  }
}

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
