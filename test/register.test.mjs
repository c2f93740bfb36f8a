// Register, as users write it: right registrations type the upload; each wrong one is an error at every
// use of the upload whose message names the field, the value and what is accepted (programs/register,
// copied once per case).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { check, filesOf, keptWhilePassing } from '../scripts/lib/check.mjs'
import { consumerDir, installedTarball, root } from '../scripts/lib/consumer.mjs'
import { compile } from '../scripts/lib/expect-errors.mjs'
import { programDir } from '../scripts/lib/programs.mjs'
import { matrixTsc, matrixVersions, projectTsc } from '../scripts/lib/typescript.mjs'
import { registerCases as cases } from '../scripts/lib/register-cases.mjs'

/** Where tsc reports an error on the line of a test-d/register file that starts with `start`: `file(line,`. */
function at(file, start) {
  const line = readFileSync(join(root, 'test-d/register', file), 'utf8').split('\n').findIndex(text => text.trimStart().startsWith(start)) + 1
  if (line === 0) throw new Error(`test-d/register/${file} has no line starting with ${start}`)
  return `test-d/register/${file}(${line},`
}

/**
 * The uses of the upload in use.ts: each must report the problem (the abort, the destructured data of the
 * await, and the abort of a task typed `UploadTaskOn`: a wrong Register once gave it every member, silently).
 */
const uses = [at('use.ts', 'upload.abort()'), at('use.ts', 'const { data } = await upload'), at('use.ts', 'task.abort()')]

/**
 * Lays out a program per case of both checks below, and compiles them all in one process, so that Taro's
 * own files are read once; the first check to ask starts it. Taro's own files report errors of their own
 * under strict settings; they are not checked (ours are). Compared as text, but each message is one whole
 * RegisterProblem of single values, so TypeScript's build info for this tarball (a warm run replays the
 * diagnostics it stored) prints it as a full check does.
 */
let compiling
function compiled() {
  compiling ??= (async () => {
    const runs = cases.flatMap((c, index) => {
      const dir = `${programDir('register')}-case-${index + 1}`
      rmSync(dir, { recursive: true, force: true })
      cpSync(programDir('register'), dir, { recursive: true })
      writeFileSync(join(dir, 'register.d.ts'), `import type {} from 'taro-upload-task-types'\n\ndeclare module 'taro-upload-task-types' {\n  interface Register { ${c.register} }\n}\n`)
      return [{ c, skip: true, config: join(dir, 'tsconfig.skip-lib-check.json') }, ...(c.both ? [{ c, skip: false, config: join(dir, 'tsconfig.json') }] : [])]
    })
    const configs = releaseCases.map((c, index) => {
      const dir = `${programDir('register-release')}-case-${index + 1}`
      rmSync(dir, { recursive: true, force: true })
      cpSync(programDir('register-release'), dir, { recursive: true })
      writeFileSync(join(dir, 'register.d.ts'), `import type {} from 'taro-upload-task-types'\n\ndeclare module 'taro-upload-task-types' {\n  interface Register { taro: '${c.taro}'; platform: ${platformsOf(c).map(platform => `'${platform}'`).join(' | ')} }\n}\n`)
      return join(dir, 'tsconfig.json')
    })
    const outputs = await compile(projectTsc, [...runs.map(run => run.config), ...configs], { skipInstalled: true, incremental: installedTarball(consumerDir) })
    return { runs, outputs: outputs.slice(0, runs.length), releaseOutputs: outputs.slice(runs.length) }
  })()
  return compiling
}

/** What is wrong with what a compiler said of each run: a right case must compile, a wrong one must name its problem at each use, and only there. */
function problemsOf(runs, outputs, compiler) {
  return runs.flatMap(({ c, skip }, index) => {
    const output = outputs[index]
    const where = `Register { ${c.register} } (${compiler}, skipLibCheck ${skip ? 'on' : 'off'})`
    const errors = output.split('\n').filter(line => / error TS\d+/.test(line))
    if (!c.problem) return errors.map(line => `${where}: unexpected ${line}`)
    const missing = uses.filter(use => !errors.some(line => line.startsWith(use) && line.includes(c.problem)))
    const other = errors.filter(line => !uses.some(use => line.startsWith(use)))
    return [
      ...missing.map(use => `${where}: no error naming ${c.problem} at ${use}; tsc said:\n${errors.join('\n') || '(nothing)'}`),
      ...other.map(line => `${where}: unexpected ${line}`),
    ]
  })
}

check(`Register (programs/register, TypeScript ${projectTsc.version}, skipLibCheck on, and off for ${cases.filter(c => c.both).length} of them): ${cases.filter(c => !c.problem).length} right registrations compile; each of ${cases.filter(c => c.problem).length} wrong ones (a line or release the probe did not execute or that was never published, v4.2, a number, a range, a wrong version inside a union, an unknown platform alone or in a union, any, a platform the probe has not executed, a platform the release has no runtime for, an unknown field) is an error at each use naming the field, the value and what is accepted`, async () => {
  const { runs, outputs } = await compiled()
  return problemsOf(runs, outputs, `TypeScript ${projectTsc.version}`)
})

/**
 * The errors README quotes under "A wrong registration is an error": its text block pairs a registration
 * (`interface Register { … }`, one of the cases above) with the error line tsc prints at `upload.abort()`.
 */
function readmeQuotes() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const block = /A wrong registration is an error[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
  const lines = block.split('\n')
  return lines.flatMap((line, index) => line.startsWith('error TS') ? [{ register: /^interface Register \{ (.*) \}$/.exec(lines[index - 1] ?? '')?.[1], error: line }] : [])
}

check(`README: each Register error it quotes is what TypeScript ${projectTsc.version} prints at upload.abort() (${uses[0].slice(0, -1)})) for that registration`, async () => {
  const { runs, outputs } = await compiled()
  const quotes = readmeQuotes()
  if (quotes.length === 0) return ['README quotes no Register error under "A wrong registration is an error" (a text block of `interface Register { … }` lines, each followed by its error)']
  return quotes.flatMap(({ register, error }) => {
    const index = runs.findIndex(run => run.skip && run.c.register === register)
    if (index === -1) return [`README quotes ${error}\nafter ${register === undefined ? 'no `interface Register { … }` line' : `Register { ${register} }`}, which is not a case of scripts/lib/register-cases.mjs`]
    const printed = outputs[index].split('\n').find(line => line.startsWith(uses[0]) && / error TS\d+/.test(line))
    return printed?.endsWith(`): ${error}`) ? [] : [`Register { ${register} }: README quotes\n${error}\ntsc printed\n${printed ?? '(nothing at upload.abort())'}`]
  })
})

const native = matrixTsc(matrixVersions.at(-1))
check(`Register on TypeScript ${native.version}, the native compiler (programs/register, skipLibCheck on): each of the same registrations compiles, or names its problem at each use, exactly as on ${projectTsc.version}`, async () => {
  const { runs } = await compiled()
  const onNative = runs.filter(run => run.skip)
  const dirs = onNative.map(run => dirname(run.config))
  return keptWhilePassing('register-native', [`tarball ${installedTarball(consumerDir)}`, `typescript ${native.version}`, join(root, 'test/register.test.mjs'), join(root, 'scripts/lib/register-cases.mjs'),
    ...filesOf(dirs)],
  async () => problemsOf(onNative, await compile(native, onNative.map(run => run.config)), `TypeScript ${native.version}`))
})

/**
 * Register by release: each case registers a version on WeChat (or on the platforms it names), and
 * release.ts calls onHeadersReceived, which the probe found on WeChat on 3.4.3 and later and missing on
 * 3.4.0 to 3.4.2, and on H5 from 3.6.16 only. A release types that release; a line types what all its
 * releases do, so the line is an error too. The error names the platforms where the call fails and the
 * ranges of the types' data where it fails on one of them (3.4.0–3.4.1 and 3.4.2 are two: H5 changes
 * between them); on 3.4.3, WeChat and H5 together fail on H5 only, in 3.4.3's range.
 */
const releaseCases = [
  { taro: '3.4.3' },
  { taro: '3.6.40' },
  { taro: '3.4.2', failsIn: ['3.4.2'] },
  { taro: '3.4.0', failsIn: ['3.4.0–3.4.1'] },
  { taro: '3.4', failsIn: ['3.4.0–3.4.1', '3.4.2'] },
  { taro: '3.4.3', platforms: ['weapp', 'h5'], failsOn: ['h5'], failsIn: ['3.4.3–3.4.10'] },
]
const platformsOf = c => c.platforms ?? ['weapp']

/** Where tsc reports an error on release.ts's call of onHeadersReceived. */
const call = at('release.ts', 'upload.onHeadersReceived(')

/** The platforms and ranges a TS2684 line's NotAtRuntime names for onHeadersReceived, each sorted (a union prints in any order). */
function namedIn(line) {
  const [, platforms, ranges] = /NotAtRuntime<"onHeadersReceived", ([^,]+), ([^>]+)>/.exec(line) ?? []
  const sorted = union => union?.split(' | ').map(name => JSON.parse(name)).sort()
  return JSON.stringify({ platforms: sorted(platforms), ranges: sorted(ranges) })
}

check(`Register by release (programs/register-release, TypeScript ${projectTsc.version}): ${releaseCases.filter(c => !c.failsIn).map(c => c.taro).join(' and ')} compile a call of onHeadersReceived on WeChat; ${releaseCases.filter(c => c.failsIn).map(c => `${c.taro} on ${platformsOf(c).join(' | ')}`).join(', ')} make it an error naming the platforms and the releases where it fails`, async () => {
  const outputs = (await compiled()).releaseOutputs
  return releaseCases.flatMap((c, index) => {
    const errors = outputs[index].split('\n').filter(line => / error TS\d+/.test(line))
    const where = `taro '${c.taro}' on ${platformsOf(c).join(' | ')}`
    if (!c.failsIn) return errors.map(line => `${where}: unexpected ${line}`)
    const failsOn = c.failsOn ?? platformsOf(c)
    const expected = JSON.stringify({ platforms: [...failsOn].sort(), ranges: [...c.failsIn].sort() })
    const named = errors.filter(line => line.startsWith(call) && line.includes('error TS2684') && namedIn(line) === expected)
    return named.length === 1 && errors.length === 1 ? [] : [`${where}: expected one TS2684 at ${call.slice(0, -1)}) whose NotAtRuntime names ${failsOn.join(' and ')}, and ${c.failsIn.join(' and ')}; tsc said:\n${errors.join('\n') || '(nothing)'}`]
  })
})
