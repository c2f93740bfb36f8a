// Real Taro projects, laid out as Taro's CLI lays them out: each folder of test-taro/ is a project (its
// package.json pins @tarojs/taro; types/global.d.ts is the template's, referencing Taro; types/upload-task.d.ts
// is README's setup file, which loads this package and registers the project; src/ uses
// `Taro.uploadFile`), and test-taro/tsconfig.json is the CLI template's tsconfig. npm test copies each
// project into .cache/taro-projects, installs its @tarojs/taro (once, kept while the version is the
// same) and the packed tarball by name, and compiles it with TypeScript 5.9 and 6.0: src/ as written
// must compile, each `@ts-expect-error` must fail with its code, nothing may fail in our files, and
// Taro's own files must report exactly what they report in the same project without this package
// (the baseline). Each compile's output is kept in the project's folder under a hash of everything it
// reads, so a compile runs again only when the compiler, a tsconfig, an installed package (this one
// included) or a file of the project changes.
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { cacheDir, installedVersion, installProject, installTarball, root } from './consumer.mjs'
import { compareDiagnostics, compile, expectedErrors, runnerSource, writeDisabledCopies } from './expect-errors.mjs'

const source = join(root, 'test-taro')
const projectsDir = join(cacheDir, 'taro-projects')
const setupFile = 'types/upload-task.d.ts'
const loadsUs = /^import type \{\} from 'taro-upload-task-types'$/m

/** The projects: every folder of test-taro/, with the @tarojs/taro version its package.json pins. */
export const taroProjects = readdirSync(source, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => {
  const manifest = JSON.parse(readFileSync(join(source, entry.name, 'package.json'), 'utf8'))
  return { name: entry.name, taro: manifest.devDependencies['@tarojs/taro'], dir: join(projectsDir, entry.name) }
})

/** The CLI template's tsconfigs (test-taro/*.json), which every project gets. */
const templateConfigs = readdirSync(source).filter(file => file.endsWith('.json'))

const sourceFiles = dir => readdirSync(join(dir, 'src')).filter(file => file.endsWith('.ts')).map(file => `src/${file}`)

/**
 * Lays out one project in the cache: its files and the template's tsconfigs copied fresh, disabled
 * copies of the files with directives, baseline/ (types/ without README's setup file, so without this
 * package), and its own @tarojs/taro installed unless already there. Then installs the tarball by name.
 */
async function prepareProject(project, tarball) {
  const { dir } = project
  mkdirSync(dir, { recursive: true })
  cpSync(join(source, project.name, 'package.json'), join(dir, 'package.json'))
  await installProject(dir, '@tarojs/taro')
  for (const folder of ['src', 'types', 'disabled', 'baseline', 'lib']) rmSync(join(dir, folder), { recursive: true, force: true })
  for (const folder of ['src', 'types']) cpSync(join(source, project.name, folder), join(dir, folder), { recursive: true })
  for (const file of templateConfigs) cpSync(join(source, file), join(dir, file))
  writeDisabledCopies(dir, sourceFiles(dir))
  if (!loadsUs.test(readFileSync(join(dir, setupFile), 'utf8'))) throw new Error(`${project.name}/${setupFile} does not load taro-upload-task-types as README says`)
  cpSync(join(dir, 'types'), join(dir, 'baseline'), { recursive: true, filter: file => !file.endsWith(setupFile) })
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

/** The text of every file under the given folders of dir (recursively), in a stable order. */
function contents(dir, folders) {
  return folders.flatMap(folder => readdirSync(join(dir, folder), { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath ?? entry.path, entry.name))
    .sort()
    .map(file => `${file}\0${readFileSync(file, 'utf8')}`))
}

/**
 * Compiles each { config, inputs } unless its output for these very inputs is kept in the project's
 * folder: a compile is a function of the compiler (and the runner that drives it), the config and the
 * files it reads, so the key names all of those (see inputsOf), and the output kept under their hash is the output a compile would
 * print. An output is written whole, then renamed; the one it replaces (same config and compiler,
 * other inputs) is removed. Resolves to the outputs, in order.
 */
async function cachedCompile(tsc, items, options) {
  const files = items.map(({ config, inputs }) => {
    const prefix = `output-${basename(config, '.json')}-${tsc.version}${options.skipInstalled ? '-skip-installed' : ''}`
    const key = createHash('sha256').update([tsc.version, runnerSource, ...inputs].join('\0')).digest('hex').slice(0, 16)
    return { dir: dirname(config), prefix, file: join(dirname(config), `${prefix}-${key}.txt`) }
  })
  const missing = items.filter((_, index) => !existsSync(files[index].file))
  const compiled = missing.length > 0 ? await compile(tsc, missing.map(item => item.config), options) : []
  missing.forEach((item, index) => {
    const { dir, prefix, file } = files[items.indexOf(item)]
    for (const old of readdirSync(dir).filter(name => name.startsWith(`${prefix}-`))) rmSync(join(dir, old), { force: true })
    writeFileSync(`${file}.${process.pid}`, compiled[index])
    renameSync(`${file}.${process.pid}`, file)
  })
  return files.map(({ file }) => readFileSync(file, 'utf8'))
}

/**
 * What a project's compile reads besides the compiler: its tsconfigs, the installed packages (listed
 * by name and version, not just Taro's: npm may add or drop Taro's peers, such as @tarojs/components,
 * when it installs the tarball again, and Taro's diagnostics change with them), and the given folders'
 * files. The project itself reads src/, types/, disabled/ and this package as installed; the baseline
 * reads baseline/ only.
 */
const inputsOf = (project, folders) => [
  installedPackages(project.dir),
  ...templateConfigs.map(file => readFileSync(join(source, file), 'utf8')),
  ...contents(project.dir, folders),
]

/**
 * Compiles every project with one compiler (tsc = { version, command, api }). With `taro`, Taro's own
 * files are checked too and compared with the baseline's; without it they are left unchecked (our
 * files and src/ are checked either way). Resolves to { problems, notes }, a note per project.
 */
export async function checkTaroProjects(tsc, { taro }) {
  // TypeScript 6 deprecates the template's `moduleResolution: node` (tsconfig.ts6.json silences that);
  // TypeScript 7 removed it (tsconfig.ts7.json: `bundler`).
  const major = Number(tsc.version.split('.')[0])
  const suffix = major >= 7 ? '.ts7' : major === 6 ? '.ts6' : ''
  const config = (project, name) => join(project.dir, `${name}${suffix}.json`)
  const [outputs, baselines] = await Promise.all([
    cachedCompile(tsc, taroProjects.map(project => ({
      config: config(project, 'tsconfig'),
      inputs: inputsOf(project, ['src', 'types', 'disabled', 'node_modules/taro-upload-task-types']),
    })), { skipInstalled: !taro }),
    taro ? cachedCompile(tsc, taroProjects.map(project => ({ config: config(project, 'tsconfig.baseline'), inputs: inputsOf(project, ['baseline']) })), {}) : [],
  ])
  const problems = []
  const notes = []
  taroProjects.forEach((project, index) => {
    const [output, baseline] = [outputs[index], taro ? baselines[index] : '']
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
