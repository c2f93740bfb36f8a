// `npm run example`: installs the packed package into examples/ by name, as a user installs it, then
// type-checks examples/correct.ts (must compile) and examples/mistakes.ts (every marked mistake must be
// caught with its error code, and nothing else may fail). Prints the mistakes' errors as the outcome.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { installTarball, pack, root } from './lib/consumer.mjs'
import { compareDiagnostics, compile } from './lib/expect-errors.mjs'
import { projectTsc } from './lib/typescript.mjs'

const examples = join(root, 'examples')
const marker = /\/\/\s*✗\s*(TS\d+):?\s*(.*)$/

/** Runs the example; returns { ok, report } where report is what `npm run example` prints. */
export async function runExample(tarball = pack().tarball) {
  await installTarball(examples, tarball)
  const lines = []

  const [correct, mistakes] = await compile(projectTsc, [join(examples, 'tsconfig.json'), join(examples, 'tsconfig.mistakes.json')])
  const correctProblems = compareDiagnostics(examples, correct, new Map())
  lines.push(correctProblems.length === 0
    ? 'examples/correct.ts: compiles with no error.'
    : `examples/correct.ts: FAILED\n  ${correctProblems.join('\n  ')}`)

  const expected = new Map()
  readFileSync(join(examples, 'mistakes.ts'), 'utf8').split('\n').forEach((line, index) => {
    const match = marker.exec(line)
    if (match) expected.set(`mistakes.ts:${index + 1}`, { code: match[1], why: match[2] })
  })
  const mistakeProblems = compareDiagnostics(examples, mistakes, expected)
  const errors = mistakes.split('\n').filter(line => / error TS\d+/.test(line))
  lines.push(mistakeProblems.length === 0
    ? `examples/mistakes.ts: all ${expected.size} mistakes are caught, as expected:`
    : `examples/mistakes.ts: FAILED\n  ${mistakeProblems.join('\n  ')}\n  what tsc said:`)
  lines.push(...errors.map(line => `  ${line}`))

  return { ok: correctProblems.length === 0 && mistakeProblems.length === 0, report: lines.join('\n') }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, report } = await runExample()
  console.log(report)
  process.exitCode = ok ? 0 : 1
}
