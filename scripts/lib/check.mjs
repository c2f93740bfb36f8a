// The one helper the test files (test/*.test.mjs, run by `node --test`) share: a check is a node:test
// test whose function resolves to a list of problems (none: it passes), or to { problems, note }, where
// the note is a line the report prints under the test. Each problem is printed on lines of its own.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import { promisify } from 'node:util'
import { cacheDir, consumerDir, root } from './consumer.mjs'

export function check(name, fn) {
  test(name, async t => {
    const result = await fn()
    const { problems, note } = Array.isArray(result) ? { problems: result } : result
    if (note) t.diagnostic(note)
    if (problems.length > 0) assert.fail(problems.map(problem => String(problem).trim()).join('\n'))
  })
}

/** What npm said of the packed tarball (its path, size and files); written by scripts/prepare.mjs. */
export function packedTarball() {
  try {
    return JSON.parse(readFileSync(join(consumerDir, 'packed.json'), 'utf8'))
  } catch {
    throw new Error('.cache/consumer is not laid out: run npm test (its pretest step runs scripts/prepare.mjs)')
  }
}

/** Runs a command in the repository; resolves to its output as the one problem if it exits non-zero. */
export async function command(file, args) {
  try {
    await promisify(execFile)(file, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return []
  } catch (error) {
    return [`${error.stdout ?? ''}${error.stderr ?? ''}` || String(error)]
  }
}

/** Every file of some folders (programs as laid out), sorted, but TypeScript's build info: a kept pass's inputs. */
export const filesOf = dirs => dirs.flatMap(dir => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter(entry => entry.isFile() && !entry.name.endsWith('.tsbuildinfo')).map(entry => join(entry.parentPath ?? entry.path, entry.name))).sort()

/**
 * A check whose result follows from its inputs alone (file contents and texts: the installed tarball's
 * hash, the data, the check's own code, the compiler's version), run once per set of inputs: a pass is
 * kept in .cache/results under their hash, and a run with the same inputs reports it again. Anything
 * that changes an input runs the check again; a failure is never kept. A kept pass says so in its note.
 */
export async function keptWhilePassing(name, inputs, compute) {
  const key = createHash('sha256').update(inputs.map(input => (existsSync(input) ? readFileSync(input) : input)).join('\0')).digest('hex').slice(0, 16)
  const file = join(cacheDir, 'results', `${name}-${key}.json`)
  if (existsSync(file)) {
    const { problems, note } = JSON.parse(readFileSync(file, 'utf8'))
    return { problems, note: [note, 'a pass kept from an earlier run with the same inputs'].filter(Boolean).join('; ') }
  }
  const result = await compute()
  const { problems, note } = Array.isArray(result) ? { problems: result } : result
  if (problems.length === 0) {
    mkdirSync(join(cacheDir, 'results'), { recursive: true })
    // Written aside and renamed: a run stopped midway (npm run mutate stops a file once it has its
    // failures) leaves no half-written pass for the next run to read.
    writeFileSync(`${file}.${process.pid}`, JSON.stringify({ problems, note }))
    renameSync(`${file}.${process.pid}`, file)
  }
  return { problems, note }
}
