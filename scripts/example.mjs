// `npm run example`: examples/ is a project made by Taro's CLI (4.2.1, React, TypeScript, Webpack 5),
// set up exactly as README says. In a copy under .cache/example this:
//  1. installs the project's own dependencies from its package-lock.json (once; kept while the lock is
//     the same), then the packed tarball by name, as a user does;
//  2. type-checks the project with its own TypeScript: src/, types/ and config/ must compile, and every
//     line of mistakes/mistakes.ts marked `// ✗ TSxxxx` must fail with that code, nothing else (Taro's
//     own files are not checked: the template leaves skipLibCheck off and they report errors of their
//     own);
//  3. builds it with Taro's CLI for weapp and h5, and compares every built file with a build of the same
//     project without this package and without README's setup file: they must be byte for byte the same
//     (the package is types only, so a setup step that gets bundled breaks or changes the build);
//  4. shows that step 3 can fail: the 2.0 README's `import 'taro-upload-task-types'` in a compiled file
//     must break the weapp build.
// The build and the diagnostics without this package are made in the same folder, with README's setup
// file moved away and the package removed, then kept under a hash of the project's files.
// Prints what it found; exits 1 on any problem.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { cacheDir, installTarball, npm, pack, packageName, root, uninstallTarball } from './lib/consumer.mjs'
import { compareDiagnostics, compile } from './lib/expect-errors.mjs'
import { tscIn } from './lib/typescript.mjs'

const run = promisify(execFile)
const examples = join(root, 'examples')
const work = join(cacheDir, 'example')
const project = join(work, 'project')
/** README's setup file: the only file of examples/ that the build without this package leaves out. */
export const setupFile = 'types/upload-task.d.ts'
const marker = /\/\/\s*✗\s*(TS\d+):?\s*(.*)$/
const platforms = ['weapp', 'h5']

const sha = text => createHash('sha256').update(text).digest('hex').slice(0, 16)

/** The example project's installed packages (a stamp in it holds the hash of the lock they came from). */
export const exampleModulesDir = join(project, 'node_modules')
const stamp = join(exampleModulesDir, '.example-lock.sha256')
/** The hash of examples/package-lock.json (the laid-out project's lock is a copy of it). */
export const exampleLock = () => sha(readFileSync(join(examples, 'package-lock.json')))
/** Whether the example's packages are installed from its lock as it is now. */
export const exampleInstalled = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === exampleLock()

/**
 * Every file under dir, as [relative path, contents], sorted; the folders named in `skip` (at any depth)
 * are not entered, so the project's node_modules is never walked.
 */
function filesOf(dir, skip = []) {
  return readdirSync(dir, { withFileTypes: true }).filter(entry => !skip.includes(entry.name)).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesOf(path, skip).map(([file, bytes]) => [join(entry.name, file), bytes])
    return entry.isFile() ? [[entry.name, readFileSync(path)]] : []
  }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Lays out the project afresh (node_modules kept), installing its dependencies when the lock changed. */
async function layOut() {
  mkdirSync(project, { recursive: true })
  for (const entry of readdirSync(project).filter(name => name !== 'node_modules')) rmSync(join(project, entry), { recursive: true, force: true })
  cpSync(examples, project, { recursive: true, filter: source => !/\/(node_modules|dist)(\/|$)/.test(relative(root, source)) })
  if (exampleInstalled()) return 'kept'
  // `npm install` with the lock, not `npm ci`: the lock cannot list @tarojs/binding's optional native
  // packages for other systems, which the registry here lacks, and `npm ci` takes that for a stale lock.
  // --ignore-scripts: the template's `prepare` script runs husky, which needs a git checkout, and Taro's
  // native binding works without its install script. --legacy-peer-deps: the template's packages
  // declare peers it does not install.
  try {
    await run(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps'], { cwd: project, maxBuffer: 1 << 26 })
  } catch (error) {
    throw new Error(`npm install in ${project} failed:\n${`${error.stderr ?? error}`.split('\n').slice(0, 12).join('\n')}`)
  }
  writeFileSync(stamp, exampleLock())
  return 'installed'
}

/**
 * The example's node_modules, installed from its package-lock.json when they are not (the counts baseline
 * measures a project laid out like the example, with these packages).
 */
export async function exampleModules() {
  if (!exampleInstalled()) await layOut()
  return exampleModulesDir
}

/** Builds the project in dir for a platform with Taro's CLI; resolves to its dist files, or the build's output when it fails. */
async function build(dir, platform) {
  rmSync(join(dir, 'dist'), { recursive: true, force: true })
  try {
    await run(process.execPath, [join(project, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', platform], {
      cwd: dir, maxBuffer: 1 << 26, env: { ...process.env, NODE_ENV: 'production', CI: 'true' },
    })
  } catch (error) {
    // The lines that say what failed: a module webpack could not resolve first, then any error line.
    const said = `${error.stdout ?? ''}\n${error.stderr ?? error}`.split('\n').map(line => line.trim()).filter(Boolean)
    const failed = [...said.filter(line => /Module not found|Can't resolve|Cannot find module/.test(line)), ...said.filter(line => /error|Error/.test(line))]
    return { failed: [...new Set(failed)].slice(0, 5).join('\n') }
  }
  return { files: filesOf(join(dir, 'dist')) }
}

/** Differences between two builds' files, one line each. */
function buildDifferences(platform, expected, actual) {
  const [want, got] = [new Map(expected), new Map(actual)]
  return [
    ...[...want.keys()].filter(file => !got.has(file)).map(file => `${platform}: dist/${file} is built without this package, not with it`),
    ...[...got.keys()].filter(file => !want.has(file)).map(file => `${platform}: dist/${file} is built only with this package`),
    ...[...got].filter(([file, bytes]) => want.has(file) && !want.get(file).equals(bytes)).map(([file]) => `${platform}: dist/${file} differs from the build without this package`),
  ]
}

/**
 * The project without this package: README's setup file moved away and the package not installed. Its
 * diagnostics (outside node_modules) and its builds are kept under a hash of the project's files and
 * lock, so they are made again only when those change. The setup file is put back afterwards.
 */
async function withoutPackage(tsc) {
  uninstallTarball(project)
  const setup = readFileSync(join(project, setupFile))
  rmSync(join(project, setupFile))
  try {
    const key = sha(filesOf(project, ['node_modules', 'dist']).map(([file, bytes]) => `${file}\0${sha(bytes)}`).join('\n'))
    const kept = join(work, `without-${key}.json`)
    if (existsSync(kept)) return { ...JSON.parse(readFileSync(kept, 'utf8'), (k, v) => (v?.type === 'Buffer' ? Buffer.from(v.data) : v)), cached: true }
    const [diagnostics] = await compile(tsc, [join(project, 'tsconfig.json')], { skipInstalled: true })
    const builds = {}
    for (const platform of platforms) builds[platform] = await build(project, platform)
    for (const old of readdirSync(work).filter(name => name.startsWith('without-'))) rmSync(join(work, old))
    writeFileSync(`${kept}.${process.pid}`, JSON.stringify({ diagnostics, builds }))
    renameSync(`${kept}.${process.pid}`, kept)
    return { diagnostics, builds, cached: false }
  } finally {
    writeFileSync(join(project, setupFile), setup)
  }
}

/** Runs the example; resolves to { ok, report }, where report is what `npm run example` prints. */
export async function runExample(tarball = pack().tarball) {
  const lines = []
  const problems = []
  const installed = await layOut()
  lines.push(`examples/: a Taro ${JSON.parse(readFileSync(join(project, 'node_modules/@tarojs/cli/package.json'), 'utf8')).version} CLI project; dependencies ${installed === 'kept' ? 'kept from the last run' : 'installed from its package-lock.json'}.`)

  const tsc = tscIn(join(project, 'node_modules/typescript')) // the project's own TypeScript
  const baseline = await withoutPackage(tsc)
  for (const platform of platforms) {
    if (baseline.builds[platform].failed) problems.push(`${platform}: the build without this package fails:\n${baseline.builds[platform].failed}`)
  }
  await installTarball(project, tarball, { withLock: true })

  // The template's own files may report diagnostics of their own (config/index.ts does); the ones the
  // project reports without this package are the template's, and src/ and types/ must report none.
  const [correct, mistakes] = await compile(tsc, [join(project, 'tsconfig.json'), join(project, 'tsconfig.mistakes.json')], { skipInstalled: true })
  const templates = new Set(baseline.diagnostics.split('\n').filter(line => / error TS\d+/.test(line)))
  const correctProblems = compareDiagnostics(project, correct.split('\n').filter(line => !templates.has(line)).join('\n'), new Map())
  problems.push(...correctProblems.map(problem => `tsc -p tsconfig.json: ${problem}`))
  lines.push(correctProblems.length === 0
    ? `tsc ${tsc.version}: the project compiles with no error of its own${templates.size > 0 ? ` (the template's ${templates.size}, reported without this package too, aside)` : ''}.`
    : `tsc ${tsc.version}: FAILED`)

  const expected = new Map()
  readFileSync(join(project, 'mistakes/mistakes.ts'), 'utf8').split('\n').forEach((line, index) => {
    const match = marker.exec(line)
    if (match) expected.set(`mistakes/mistakes.ts:${index + 1}`, { code: match[1], why: match[2] })
  })
  const mistakeProblems = compareDiagnostics(project, mistakes, expected)
  problems.push(...mistakeProblems.map(problem => `mistakes: ${problem}`))
  lines.push(mistakeProblems.length === 0 ? `mistakes/mistakes.ts: all ${expected.size} mistakes are caught:` : 'mistakes/mistakes.ts: FAILED; what tsc said:')
  lines.push(...mistakes.split('\n').filter(line => / error TS\d+/.test(line)).map(line => `  ${line}`))

  for (const platform of platforms) {
    const built = await build(project, platform)
    if (built.failed) problems.push(`${platform}: the build with README's setup fails:\n${built.failed}`)
    else if (!baseline.builds[platform].failed) {
      const differences = buildDifferences(platform, baseline.builds[platform].files, built.files)
      problems.push(...differences)
      if (differences.length === 0) lines.push(`taro build --type ${platform}: builds; its ${built.files.length} files are byte for byte those built without this package${baseline.cached ? ' (that build kept from an earlier run)' : ''}.`)
    }
  }

  // The check can fail: the setup step of 2.0's README, a bare import in a compiled file, is bundled.
  const app = join(project, 'src/app.ts')
  const original = readFileSync(app)
  writeFileSync(app, `import '${packageName}'\n${original}`)
  const bare = await build(project, 'weapp').finally(() => writeFileSync(app, original))
  if (!bare.failed) problems.push(`weapp: a bare import '${packageName}' in src/app.ts builds, so this check could not see a setup step that gets bundled`)
  else lines.push(`a bare import '${packageName}' in src/app.ts (2.0's README) breaks the weapp build, as it should:\n  ${bare.failed.split('\n')[0].trim()}`)

  if (problems.length > 0) lines.push('FAILED:', ...problems.map(problem => `  ${problem}`))
  return { ok: problems.length === 0, report: lines.join('\n') }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, report } = await runExample()
  console.log(report)
  process.exitCode = ok ? 0 : 1
}
