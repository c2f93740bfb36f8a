// A scratch consumer: the package as users get it. `npm pack` makes the tarball, `npm install`
// puts it in the consumer's node_modules by name, and the test programs (programs/, see programs.mjs)
// run in folders of their own below it. Nothing here reads the source folder's types/.
import { execFile, execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createHash } from 'node:crypto'

export const root = resolve(import.meta.dirname, '../..')
export const cacheDir = join(root, '.cache')
export const consumerDir = join(cacheDir, 'consumer')
export const packageName = 'taro-upload-task-types'
/** The package as the consumer installed it, and its declarations. */
export const installedPackage = join(consumerDir, 'node_modules', packageName)
export const publishedTypes = join(installedPackage, 'types')

/** The npm command (development runs on Linux and macOS; see README). */
export const npm = 'npm'

/** Packs the package into .cache/ and returns what npm says of the tarball (path, sizes, files). */
export function pack() {
  mkdirSync(cacheDir, { recursive: true })
  for (const old of readdirSync(cacheDir)) if (old.endsWith('.tgz')) rmSync(join(cacheDir, old))
  const [packed] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', cacheDir], { cwd: root, encoding: 'utf8' }),
  )
  return { ...packed, tarball: join(cacheDir, packed.filename) }
}

/**
 * Installs the tarball by name into the project in dir, as `npm install <tarball>` does for a user.
 * Asynchronous, so that several projects install at once. npm pack makes the same bytes from the same
 * files, so a project that already has this very tarball installed (its hash is kept beside the package)
 * is left as it is.
 */
export async function installTarball(dir, tarball, { withLock = false } = {}) {
  const hash = createHash('sha256').update(readFileSync(tarball)).digest('hex')
  const stamp = stampOf(dir)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(join(dir, 'node_modules', packageName, 'package.json'))) return
  // withLock: the project has a package-lock.json, which npm then reads instead of resolving the whole
  // tree again (seconds, not minutes, for a project of Taro's CLI); --no-save leaves it as it is.
  const lock = withLock ? ['--ignore-scripts'] : ['--no-package-lock']
  try {
    await promisify(execFile)(npm, ['install', '--no-save', '--no-audit', '--no-fund', ...lock, '--legacy-peer-deps', tarball], { cwd: dir })
  } catch (error) {
    throw new Error(`npm install ${tarball} in ${dir} failed:\n${error.stderr ?? error}`)
  }
  writeFileSync(stamp, hash)
}

const stampOf = dir => join(dir, 'node_modules', '.taro-upload-task-types.sha256')

/** The first 16 hex digits of the sha256 of the tarball installed in the project in dir. */
export const installedTarball = dir => readFileSync(stampOf(dir), 'utf8').slice(0, 16)

/** Removes the package from the project in dir (it is types only: no bin, no dependency), and its stamp. */
export function uninstallTarball(dir) {
  rmSync(join(dir, 'node_modules', packageName), { recursive: true, force: true })
  rmSync(stampOf(dir), { force: true })
}

/**
 * Installs the dependencies of the project in dir (its package.json; @tarojs/taro's types, in practice)
 * unless the version of `name` it wants is already there: a cache that fills itself on first use.
 */
export async function installProject(dir, name) {
  const wanted = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies[name]
  if (installedVersion(join(dir, 'node_modules', name)) === wanted) return wanted
  try {
    await promisify(execFile)(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', '--no-package-lock'], { cwd: dir })
  } catch (error) {
    throw new Error(`npm install in ${dir} failed:\n${error.stderr ?? error}`)
  }
  return wanted
}

/** A package `tsd` in dir/node_modules whose only content is the given declarations of its assertions. */
export function writeTsdStub(dir, declarations) {
  const stub = join(dir, 'node_modules', 'tsd')
  mkdirSync(stub, { recursive: true })
  copyFileSync(declarations, join(stub, 'index.d.ts'))
  writeJson(join(stub, 'package.json'), { name: 'tsd', version: '0.0.0-assertions', types: 'index.d.ts' })
}

/** Packs the package and installs the tarball into the scratch consumer, laid out afresh; returns the pack info. */
export async function installPackedConsumer() {
  const packed = pack()
  // Everything but node_modules goes: installTarball keeps an install of these very bytes.
  mkdirSync(consumerDir, { recursive: true })
  for (const entry of readdirSync(consumerDir).filter(entry => entry !== 'node_modules')) rmSync(join(consumerDir, entry), { recursive: true, force: true })
  writeJson(join(consumerDir, 'package.json'), { name: 'scratch-consumer', private: true })
  await installTarball(consumerDir, packed.tarball)

  // The tests call tsd's assertion functions. Under plain tsc they are ordinary typed functions: the
  // consumer gets our declarations of them (tsd-assertions.d.ts, with an exact expectType), not all of
  // tsd, whose typings pull in a TypeScript 6 compiler API that old compilers cannot parse. tsd itself
  // does not read them: it checks its assertions by name when it runs.
  writeTsdStub(consumerDir, join(root, 'scripts/lib/tsd-assertions.d.ts'))
  return packed
}

/**
 * Rewrites tsd's `expectType<T>(value)` to `expectType<T>()(value)`, the form tsd-assertions.d.ts
 * checks as type identity under plain tsc. Lines stay where they were.
 */
export function exactExpectType(text) {
  let out = ''
  let at = 0
  for (let start = text.indexOf('expectType<'); start !== -1; start = text.indexOf('expectType<', at)) {
    let depth = 0
    let end = start + 'expectType'.length
    for (; end < text.length; end++) {
      if (text[end] === '<') depth++
      else if (text[end] === '>' && text[end - 1] !== '=' && --depth === 0) break
    }
    out += `${text.slice(at, end + 1)}()`
    at = end + 1
  }
  return out + text.slice(at)
}

/** The version in the package.json of the package in folder; undefined when there is none. */
export const installedVersion = folder =>
  existsSync(join(folder, 'package.json')) ? JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version : undefined

/** The version of a package installed in the project's own node_modules (a devDependency). */
export const versionOf = name => installedVersion(join(root, 'node_modules', name))

/**
 * A tsconfig file's own fields (not those it extends). The project's tsconfig files may have comments on
 * lines of their own, which JSON does not allow: those lines are dropped before parsing.
 */
export const readConfig = file => JSON.parse(readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, ''))

export function writeJson(file, value) {
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n')
}
