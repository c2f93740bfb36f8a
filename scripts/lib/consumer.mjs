// A scratch consumer: the package as users get it. `npm pack` makes the tarball, `npm install`
// puts it in the consumer's node_modules by name, and each test program gets its own folder with a
// tsconfig.json written the way users write theirs. Nothing here reads the source folder's types/.
import { execFile, execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createHash } from 'node:crypto'
import { writeCheckFiles } from './expect-errors.mjs'

export const root = resolve(import.meta.dirname, '../..')
export const cacheDir = join(root, '.cache')
export const consumerDir = join(cacheDir, 'consumer')
export const packageName = 'taro-upload-task-types'

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
 * Asynchronous, so that the test runner goes on starting and finishing other checks meanwhile. npm pack
 * makes the same bytes from the same files, so a project that already has this very tarball installed
 * (its hash is kept beside the package) is left as it is.
 */
export async function installTarball(dir, tarball) {
  const hash = createHash('sha256').update(readFileSync(tarball)).digest('hex')
  const stamp = join(dir, 'node_modules', '.taro-upload-task-types.sha256')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(join(dir, 'node_modules', packageName, 'package.json'))) return
  try {
    await promisify(execFile)(npm, ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: dir })
  } catch (error) {
    throw new Error(`npm install ${tarball} in ${dir} failed:\n${error.stderr ?? error}`)
  }
  writeFileSync(stamp, hash)
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
function writeTsdStub(dir, declarations) {
  const stub = join(dir, 'node_modules', 'tsd')
  mkdirSync(stub, { recursive: true })
  copyFileSync(declarations, join(stub, 'index.d.ts'))
  writeJson(join(stub, 'package.json'), { name: 'tsd', version: '0.0.0-assertions', types: 'index.d.ts' })
}

/** Packs the package and installs the tarball into a fresh scratch consumer; returns the pack info. */
export async function installPackedConsumer() {
  const packed = pack()
  rmSync(consumerDir, { recursive: true, force: true })
  mkdirSync(consumerDir, { recursive: true })
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
 * A test program in its own folder of the consumer: copies of the given test files under test-d/
 * (one per file extension asked for: .ts, .cts, .mts; with `exact`, tsd's expectType<T>(value) rewritten
 * for plain tsc, else tsd's own assertion declarations beside them), a tsconfig.json with the given compiler
 * options, and the files the @ts-expect-error check reads (written here, before any check runs, so
 * that checks running at the same time share nothing they write). Returns the folder.
 */
export function writeProgram(name, { compilerOptions, testFiles, extensions = ['.ts'], exact = true }) {
  const dir = join(consumerDir, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'test-d'), { recursive: true })
  const files = testFiles.flatMap(file =>
    extensions.map(extension => {
      const copy = file.replace(/\.ts$/, extension)
      mkdirSync(dirname(join(dir, 'test-d', copy)), { recursive: true })
      const text = readFileSync(join(root, 'test-d', file), 'utf8')
      writeFileSync(join(dir, 'test-d', copy), exact ? exactExpectType(text) : text)
      return `test-d/${copy}`
    }))
  writeJson(join(dir, 'package.json'), { name: `consumer-${name}`, private: true })
  writeJson(join(dir, 'tsconfig.json'), { compilerOptions, files })
  // tsd compiles this program itself, against tsd's own declarations of its assertions.
  if (!exact) writeTsdStub(dir, join(root, 'node_modules/tsd/dist/lib/assertions/assert.d.ts'))
  writeCheckFiles(dir)
  return dir
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

export function writeJson(file, value) {
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n')
}
