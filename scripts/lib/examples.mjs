// Every `@example` of the published declarations, compiled as code against the packed package, the way
// type-fest checks its JSDoc examples: each example becomes a module of its own in a consumer program,
// after a few declarations of the names examples take as given (a task, a URL, a file path). A line that
// ends with `// error …` must fail; every other line must compile.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { consumerDir, writeJson } from './consumer.mjs'
import { compareDiagnostics, compile } from './expect-errors.mjs'

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
 * The programs the examples compile in: the documented interface through /global, and the runtime
 * types through the root entry beside @tarojs/taro (the devDependency, found up the folder tree).
 */
const programs = [
  {
    name: 'documented',
    files: ['upload-task.d.ts'],
    compilerOptions: { strict: true, noEmit: true, target: 'es2017', module: 'commonjs', lib: ['es2017', 'dom'], types: ['taro-upload-task-types/global'] },
    header: '',
    env: `// The names the examples of the documented interface take as given.
declare const task: Taro.UploadTask
declare const url: string
declare const filePath: string
declare const options: { url: string; filePath: string; name: string }
declare namespace Taro {
  /** Stands for Taro's own uploadFile, which this program does not load. */
  function uploadFile(option: { url: string; filePath: string; name: string }): Taro.UploadTask
}
`,
  },
  {
    name: 'runtime',
    files: ['runtime.d.ts', 'index.d.ts', 'fetch-response.d.ts'],
    compilerOptions: { strict: true, noEmit: true, target: 'es2017', module: 'esnext', moduleResolution: 'bundler', lib: ['es2017', 'dom'], esModuleInterop: true, types: ['taro-upload-task-types'] },
    header: "import Taro from '@tarojs/taro'\nimport type { UploadTaskPromise } from 'taro-upload-task-types'\ndeclare const filePath: string\n",
    env: '',
  },
]

/** Compiles every example; resolves to { problems, count }. */
export async function checkExamples(typesDir, tsc) {
  const problems = []
  let count = 0
  const configs = []
  const expectations = []
  for (const program of programs) {
    const dir = join(consumerDir, `examples-${program.name}`)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const files = []
    const expected = new Map()
    if (program.env) {
      writeFileSync(join(dir, 'env.d.ts'), program.env)
      files.push('env.d.ts')
    }
    program.files.flatMap(file => examplesOf(join(typesDir, file)).map(example => ({ ...example, file }))).forEach((example, index) => {
      const file = `example-${index + 1}.ts`
      const text = `// ${example.file}, @example of ${example.name}\n${program.header}${example.code}\nexport {}\n`
      text.split('\n').forEach((line, at) => {
        if (/\/\/\s*error\b/.test(line)) expected.set(`${file}:${at + 1}`, { why: `${example.file} ${example.name}: ${line.trim()}` })
      })
      writeFileSync(join(dir, file), text)
      files.push(file)
      count++
    })
    writeJson(join(dir, 'tsconfig.json'), { compilerOptions: program.compilerOptions, files })
    configs.push(join(dir, 'tsconfig.json'))
    expectations.push({ dir, expected })
  }
  const outputs = await compile(tsc, configs, { skipInstalled: true })
  outputs.forEach((output, index) => problems.push(...compareDiagnostics(expectations[index].dir, output, expectations[index].expected)
    .map(problem => `${programs[index].name}: ${problem}`)))
  return { problems, count }
}
