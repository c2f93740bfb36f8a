// Every `@example` of the published declarations, compiled as code against the packed package, the way
// type-fest checks its JSDoc examples: each example becomes a module of its own in a consumer program
// (programs/examples-*), after the names examples take as given (a task, a URL, a file path). A line that
// ends with `// error …` must fail; every other line must compile. A line `expression //=> Type` says what
// the expression is, as type-fest's examples do, and is checked: the expression's type must be Type
// exactly. Every example asserts what it shows, with one or the other.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { consumerDir, installedTarball } from './consumer.mjs'
import { compareDiagnostics, compile } from './expect-errors.mjs'
import { programDir } from './programs.mjs'

/** The examples of a declaration file: { name, code } for each `@example` tag, named after its declaration. */
export function examplesOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found = []
  const visit = (node, path) => {
    const name = node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined
    const here = name ? [...path, name] : path
    for (const doc of ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc)) {
      for (const tag of doc.tags ?? []) {
        if (tag.tagName.text !== 'example') continue
        const code = tag.getText().replace(/^@example/, '').split('\n').map(line => line.replace(/^\s*\* ?/, '')).join('\n').trim()
        found.push({ name: here.join('.') || 'file', code })
      }
    }
    ts.forEachChild(node, child => visit(child, here))
  }
  visit(source, [])
  return found
}

/**
 * The programs the examples compile in (programs/examples-*): the documented interface through /global,
 * after the names its examples take as given (env.d.ts there), and the runtime types through the root
 * entry beside @tarojs/taro, after the header below.
 */
const programs = [
  { name: 'documented', files: ['upload-task.d.ts'], header: "import { expectType } from 'tsd'\n" },
  {
    name: 'runtime',
    files: ['runtime.d.ts', 'index.d.ts', 'fetch-response.d.ts'],
    header: "import Taro from '@tarojs/taro'\nimport type { UploadFileOn, UploadTaskOn, UploadTaskPromise } from 'taro-upload-task-types'\nimport { expectType } from 'tsd'\ndeclare const filePath: string\n",
  },
]

/** Compiles every example; resolves to { problems, count }. */
export async function checkExamples(typesDir, tsc) {
  const problems = []
  let count = 0
  const configs = []
  const expectations = []
  for (const program of programs) {
    const dir = programDir(`examples-${program.name}`)
    for (const old of readdirSync(dir).filter(file => file.startsWith('example-'))) rmSync(join(dir, old))
    const expected = new Map()
    program.files.flatMap(file => examplesOf(join(typesDir, file)).map(example => ({ ...example, file }))).forEach((example, index) => {
      const file = `example-${index + 1}.ts`
      if (!/\/\/\s*error\b|\/\/=>/.test(example.code)) problems.push(`${example.file} ${example.name}: its @example asserts nothing (end a line with //=> Type, or with // error)`)
      // `expression //=> Type` is checked as tsd's exact expectType (tsd-assertions.d.ts under plain tsc).
      const code = example.code.replace(/^(\s*)(.+?)\s*\/\/=>\s*(.+)$/gm, (line, indent, expression, type) => `${indent}expectType<${type}>()(${expression})`)
      const text = `// ${example.file}, @example of ${example.name}\n${program.header}${code}\nexport {}\n`
      text.split('\n').forEach((line, at) => {
        if (/\/\/\s*error\b/.test(line)) expected.set(`${file}:${at + 1}`, { why: `${example.file} ${example.name}: ${line.trim()}` })
      })
      writeFileSync(join(dir, file), text)
      count++
    })
    configs.push(join(dir, 'tsconfig.json'))
    expectations.push({ dir, expected })
  }
  // Compared by place and code: TypeScript's build info for this tarball may be reused.
  const outputs = await compile(tsc, configs, { skipInstalled: true, incremental: installedTarball(consumerDir) })
  outputs.forEach((output, index) => problems.push(...compareDiagnostics(expectations[index].dir, output, expectations[index].expected)
    .map(problem => `${programs[index].name}: ${problem}`)))
  return { problems, count }
}
