// The one helper the test files (test/*.test.mjs, run by `node --test`) share: a check is a node:test
// test whose function resolves to a list of problems (none: it passes), or to { problems, note }, where
// the note is a line the report prints under the test. Each problem is printed on lines of its own.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import test from 'node:test'
import { promisify } from 'node:util'
import { consumerDir, root } from './consumer.mjs'

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
