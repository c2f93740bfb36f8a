// The declarations themselves and their docs, as published: they compile under the strictest flags,
// every declaration is documented in Chinese then English with its links, and every @example compiles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, command } from '../scripts/lib/check.mjs'
import { consumerDir, publishedTypes } from '../scripts/lib/consumer.mjs'
import { checkDocs, checkExportedDocs, checkMemberProse, checkSeeLinks, interfaceMembers } from '../scripts/lib/docs.mjs'
import { checkExamples } from '../scripts/lib/examples.mjs'
import { projectTsc } from '../scripts/lib/typescript.mjs'
import { readData } from '../probe/probe.mjs'
import { availability, members } from '../probe/table.mjs'
import { runtimeLine } from '../probe/declarations.mjs'

check('tsc -p tsconfig.json: the declarations themselves compile under the strictest flags', () =>
  command(projectTsc.command[0], [projectTsc.command[1], '-p', 'tsconfig.json', '--pretty', 'false']))

check('docs: every declaration of the documented interface in Chinese then English; @see, @supported (= Support table) and on/off @example on methods', () =>
  checkDocs(join(publishedTypes, 'upload-task.d.ts')))

check('runtime docs: every exported declaration of the root entry and the runtime types in Chinese then English; each member links to its own method\'s page; each member\'s hover docs say where it exists, as the data says (the "Runtime:" line)', () => {
  const { ranges } = readData()
  const missing = ['index.d.ts', 'runtime.d.ts', 'fetch-response.d.ts'].flatMap(file => checkExportedDocs(join(publishedTypes, file)).map(problem => `${file}: ${problem}`))
    .concat(checkSeeLinks(interfaceMembers(join(publishedTypes, 'runtime.d.ts'), 'UploadTaskPromise')))
  const declarations = readFileSync(join(publishedTypes, 'runtime.d.ts'), 'utf8')
  return members.flatMap(name => {
    const expected = `运行时 / Runtime: ${availability(name, ranges)}`
    // The line may wrap before a ' · ': runtimeLine joins its continuation lines.
    return runtimeLine(declarations, name)?.said === expected ? [] : [`${name}: the docs should say "${expected}"`]
  }).concat(missing)
})

check('runtime docs: a member\'s Runtime line is found whatever modifiers the member has (readonly, ?), and another member\'s line is not taken for it', () => {
  const text = '/**\n * 运行时 / Runtime: abort\n */\n  abort: X\n  /**\n   * 运行时 / Runtime: progress ·\n   * wrapped\n   */\n  readonly progress?: X\n'
  const problems = []
  if (runtimeLine(text, 'progress')?.said !== '运行时 / Runtime: progress · wrapped') problems.push(`readonly progress?: read ${JSON.stringify(runtimeLine(text, 'progress')?.said)}`)
  if (runtimeLine(text, 'abort')?.said !== '运行时 / Runtime: abort') problems.push(`abort: read ${JSON.stringify(runtimeLine(text, 'abort')?.said)}`)
  if (runtimeLine(text.replace('readonly progress?', 'headersReceived'), 'progress') !== undefined) problems.push('progress was found in headersReceived\'s docs')
  return problems
})

check('runtime docs: the prose of each member beside its Runtime line, in Chinese and in English, names the same releases, each one where the data shows that member changing on some platform (or the spec\'s 2.1.1), and says a member chains, returns undefined or throws only where the data shows it doing so: on each platform its clause names, in the releases it names', () => {
  const { ranges } = readData()
  return checkMemberProse(join(publishedTypes, 'runtime.d.ts'), ranges)
})

check('runtime docs: the prose check rejects a Chinese summary that says onProgressUpdate chains, a release where progress does not change (3.3.20 for 3.3.19), a release named in one language only, a clause that says H5\'s abort chains (it does on mini programs, not on H5), and one that says progress throws on mini programs in 3.3.19 to 3.4.1 (it does on H5)', () => {
  const { ranges } = readData()
  const published = readFileSync(join(publishedTypes, 'runtime.d.ts'), 'utf8')
  const dir = join(consumerDir, 'prose-mistakes')
  mkdirSync(dir, { recursive: true })
  const mistakes = [
    { name: 'chains', from: '返回 `undefined`。\n   * 规范', to: '返回同一个 promise，可以链式调用。\n   * 规范', rejected: 'onProgressUpdate: the Chinese prose says it returns the same promise ("它是平台任务自己的方法，返回同一个 promise，可以链式调用"), which it does not in the data' },
    { name: 'release', from: 'H5 3.3.19 到 3.4.1 调用即抛出', to: 'H5 3.3.20 到 3.4.1 调用即抛出', rejected: 'progress: the prose names 3.3.20, where the data shows no change of progress on any platform' },
    { name: 'one-language', from: '更早的版本没有它', to: '1.3.0 到 1.3.36 没有它', rejected: 'headersReceived: the Chinese names 1.3.0, 1.3.36, 1.3.37, 1.3.46, 2.0.3, 2.2.22, the English 1.3.37, 1.3.46, 2.0.3, 2.2.22' },
    { name: 'platform', from: 'H5 忽略回调并返回 `undefined`', to: 'H5 忽略回调并返回同一个 promise', rejected: 'abort: the Chinese prose says it returns the same promise on h5 ("H5 忽略回调并返回同一个 promise"), which it does not on h5 in the data' },
    { name: 'platform-and-releases', from: 'H5 3.3.19 到 3.4.1 调用即抛出', to: '小程序 3.3.19 到 3.4.1 调用即抛出', rejected: 'progress: the Chinese prose says it throws on weapp, alipay, tt, swan, qq, jd in 3.3.19–3.4.1 ("小程序 3.3.19 到 3.4.1 调用即抛出"), which it does not on weapp, alipay, tt, swan, qq, jd in the data' },
  ]
  return mistakes.flatMap(({ name, from, to, rejected }) => {
    if (!published.includes(from)) return [`${name}: the docs no longer say "${from}": rewrite this case`]
    const file = join(dir, `${name}.d.ts`)
    writeFileSync(file, published.replace(from, to))
    const problems = checkMemberProse(file, ranges)
    return problems.includes(rejected) ? [] : [`${name}: not rejected as "${rejected}"; the check said ${problems.join('; ') || 'nothing'}`]
  })
})

check(`docs: every @example of the published declarations compiles against the packed package (TypeScript ${projectTsc.version}, programs/examples-*); lines marked "// error" must fail, a line "expression //=> Type" is that type exactly, and every example asserts one or the other`, async () => {
  const { problems, count } = await checkExamples(publishedTypes, projectTsc)
  return { problems, note: `${count} examples` }
})
