// `npm run example`: examples/ is a Taro 4.2 project laid out as Taro's CLI lays it out. This installs
// its @tarojs/taro and the packed package by name, as a user does, then type-checks it:
// src/ must compile, and every line of mistakes/mistakes.ts marked `// ✗ TSxxxx` must fail with that
// code, nothing else. Taro's own files are not checked here (they report diagnostics of their own
// under the template's settings; npm test compares those with and without this package). Prints the
// mistakes' errors as the outcome.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { installProject, installTarball, pack, root } from './lib/consumer.mjs'
import { compareDiagnostics, compile } from './lib/expect-errors.mjs'
import { projectTsc } from './lib/typescript.mjs'

const examples = join(root, 'examples')
const marker = /\/\/\s*✗\s*(TS\d+):?\s*(.*)$/

/** Runs the example; returns { ok, report } where report is what `npm run example` prints. */
export async function runExample(tarball = pack().tarball) {
  const wanted = await installProject(examples, '@tarojs/taro')
  await installTarball(examples, tarball)
  const lines = []

  const [correct, mistakes] = await compile(projectTsc, [join(examples, 'tsconfig.json'), join(examples, 'tsconfig.mistakes.json')], { skipInstalled: true })
  const correctProblems = compareDiagnostics(examples, correct, new Map())
  lines.push(correctProblems.length === 0
    ? `examples/src: compiles with no error, beside @tarojs/taro ${wanted}.`
    : `examples/src: FAILED\n  ${correctProblems.join('\n  ')}`)

  const expected = new Map()
  readFileSync(join(examples, 'mistakes/mistakes.ts'), 'utf8').split('\n').forEach((line, index) => {
    const match = marker.exec(line)
    if (match) expected.set(`mistakes/mistakes.ts:${index + 1}`, { code: match[1], why: match[2] })
  })
  const mistakeProblems = compareDiagnostics(examples, mistakes, expected)
  const errors = mistakes.split('\n').filter(line => / error TS\d+/.test(line))
  lines.push(mistakeProblems.length === 0
    ? `examples/mistakes/mistakes.ts: all ${expected.size} mistakes are caught, as expected:`
    : `examples/mistakes/mistakes.ts: FAILED\n  ${mistakeProblems.join('\n  ')}\n  what tsc said:`)
  lines.push(...errors.map(line => `  ${line}`))

  return { ok: correctProblems.length === 0 && mistakeProblems.length === 0, report: lines.join('\n') }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, report } = await runExample()
  console.log(report)
  process.exitCode = ok ? 0 : 1
}
