// Real Taro projects, laid out as Taro's CLI lays them out: each folder of test-taro/ is a project (its
// package.json pins @tarojs/taro; types/global.d.ts references Taro and this package; src/ uses
// `Taro.uploadFile`), and test-taro/tsconfig.json is the CLI template's tsconfig. npm test copies each
// project into .cache/taro-projects, installs its @tarojs/taro (once, kept while the version is the
// same) and the packed tarball by name, and compiles it with TypeScript 5.9 and 6.0: src/ as written
// must compile, each `@ts-expect-error` must fail with its code, nothing may fail in our files, and
// Taro's own files must report exactly what they report in the same project without this package
// (the baseline, whose output is kept in the project's folder per compiler and inputs).
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cacheDir, installedVersion, installProject, installTarball, root } from './consumer.mjs'
import { compareDiagnostics, compile, expectedErrors, writeDisabledCopies } from './expect-errors.mjs'

const source = join(root, 'test-taro')
const projectsDir = join(cacheDir, 'taro-projects')
const ourLine = /^\/\/\/ <reference types="taro-upload-task-types" \/>\n/m

/** The projects: every folder of test-taro/, with the @tarojs/taro version its package.json pins. */
export const taroProjects = readdirSync(source, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => {
  const manifest = JSON.parse(readFileSync(join(source, entry.name, 'package.json'), 'utf8'))
  return { name: entry.name, taro: manifest.devDependencies['@tarojs/taro'], dir: join(projectsDir, entry.name) }
})

const sourceFiles = dir => readdirSync(join(dir, 'src')).filter(file => file.endsWith('.ts')).map(file => `src/${file}`)

/**
 * Lays out one project in the cache: its files and the template's tsconfigs copied fresh, disabled
 * copies of the files with directives, baseline/global.d.ts (global.d.ts without this package), and
 * its own @tarojs/taro installed unless already there. Then installs the tarball by name.
 */
async function prepareProject(project, tarball) {
  const { dir } = project
  mkdirSync(dir, { recursive: true })
  cpSync(join(source, project.name, 'package.json'), join(dir, 'package.json'))
  await installProject(dir, '@tarojs/taro')
  for (const folder of ['src', 'types', 'disabled', 'baseline']) rmSync(join(dir, folder), { recursive: true, force: true })
  for (const folder of ['src', 'types']) cpSync(join(source, project.name, folder), join(dir, folder), { recursive: true })
  for (const file of readdirSync(source).filter(file => file.endsWith('.json'))) cpSync(join(source, file), join(dir, file))
  writeDisabledCopies(dir, sourceFiles(dir))
  const global = readFileSync(join(dir, 'types/global.d.ts'), 'utf8')
  if (!ourLine.test(global)) throw new Error(`${project.name}/types/global.d.ts does not reference taro-upload-task-types`)
  mkdirSync(join(dir, 'baseline'), { recursive: true })
  writeFileSync(join(dir, 'baseline/global.d.ts'), global.replace(ourLine, ''))
  await installTarball(dir, tarball)
}

/** Lays out every project (in parallel). */
export const prepareTaroProjects = tarball => Promise.all(taroProjects.map(project => prepareProject(project, tarball)))

const taroFile = /^node_modules\/@tarojs\//

/** Every package in a project's node_modules (scoped ones included), as name@version, sorted. */
function installedPackages(dir) {
  const modules = join(dir, 'node_modules')
  const names = readdirSync(modules).filter(name => !name.startsWith('.'))
    .flatMap(name => (name.startsWith('@') ? readdirSync(join(modules, name)).map(inner => `${name}/${inner}`) : [name]))
  return names.map(name => `${name}@${installedVersion(join(modules, name))}`).sort().join(' ')
}

/**
 * Where the baseline's output is kept: it depends only on the compiler, the installed packages, the
 * tsconfigs and baseline/global.d.ts, so it is compiled once for each of those and then read. The
 * installed packages are listed, not just Taro's version: npm may add or drop Taro's peers (such as
 * @tarojs/components) when it installs the tarball again, and Taro's diagnostics change with them.
 */
function baselineCache(project, tsc, six) {
  const config = join(project.dir, six ? 'tsconfig.baseline.ts6.json' : 'tsconfig.baseline.json')
  const inputs = [tsc.version, installedPackages(project.dir), ...readdirSync(source).filter(file => file.endsWith('.json')).map(file => readFileSync(join(source, file), 'utf8')),
    readFileSync(join(project.dir, 'baseline/global.d.ts'), 'utf8')]
  const key = createHash('sha256').update(inputs.join('\0')).digest('hex').slice(0, 16)
  return { config, file: join(project.dir, `baseline-output-${key}.txt`) }
}

/**
 * Compiles every project with one compiler (tsc = { version, command, api }). With `taro`, Taro's own
 * files are checked too and compared with the baseline's; without it they are left unchecked (our
 * files and src/ are checked either way). Resolves to { problems, notes }, a note per project.
 */
export async function checkTaroProjects(tsc, { taro }) {
  const six = Number(tsc.version.split('.')[0]) >= 6
  const configs = taroProjects.map(({ dir }) => join(dir, six ? 'tsconfig.ts6.json' : 'tsconfig.json'))
  const baselines = taro ? taroProjects.map(project => baselineCache(project, tsc, six)) : []
  const missing = baselines.filter(baseline => !existsSync(baseline.file))
  const [outputs, missingOutputs] = await Promise.all([
    compile(tsc, configs, { skipInstalled: !taro }),
    missing.length > 0 ? compile(tsc, missing.map(baseline => baseline.config)) : [],
  ])
  missing.forEach((baseline, index) => { // written whole, then renamed: never a half-written baseline
    writeFileSync(`${baseline.file}.${process.pid}`, missingOutputs[index])
    renameSync(`${baseline.file}.${process.pid}`, baseline.file)
  })
  const problems = []
  const notes = []
  taroProjects.forEach((project, index) => {
    const [output, baseline] = [outputs[index], taro ? readFileSync(baselines[index].file, 'utf8') : '']
    const lines = output.split('\n').filter(line => line.trim())
    const taroLines = lines.filter(line => taroFile.test(line))
    const baselineLines = baseline.split('\n').filter(line => taroFile.test(line))
    const { expected, problems: unnamed } = expectedErrors(project.dir, tsc.version, sourceFiles(project.dir))
    const own = [...unnamed, ...compareDiagnostics(project.dir, lines.filter(line => !taroFile.test(line)).join('\n'), expected)]
    problems.push(...own.map(problem => `${project.name} (@tarojs/taro ${project.taro}): ${problem}`))
    if (!taro) {
      notes.push(`${project.name}: ${expected.size} mistakes caught`)
      return
    }
    const added = taroLines.filter(line => !baselineLines.includes(line))
    const gone = baselineLines.filter(line => !taroLines.includes(line))
    for (const line of added) problems.push(`${project.name}: Taro's files report a diagnostic they do not report without this package: ${line}`)
    for (const line of gone) problems.push(`${project.name}: with this package, Taro's files no longer report: ${line}`)
    notes.push(`${project.name}: ${expected.size} mistakes caught; ${taroLines.length} diagnostics in Taro's own files, as without this package`)
  })
  return { problems, notes }
}
