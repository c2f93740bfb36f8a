// The compilers the tests run: the project's own TypeScript (the devDependency), and every minor
// from 4.0 to 7.0, installed on demand into .cache/typescript (one `npm install` of npm aliases,
// skipped when every version is already there) rather than as devDependencies every install pays for.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { cacheDir, installedVersion, npm, root, writeJson } from './consumer.mjs'

/** The newest patch of every TypeScript minor from 4.0 to 7.0 (7.x is the native port: `tsc` only). */
export const matrixVersions = [
  '4.0.8', '4.1.6', '4.2.4', '4.3.5', '4.4.4', '4.5.5', '4.6.4', '4.7.4', '4.8.4', '4.9.5',
  '5.0.4', '5.1.6', '5.2.2', '5.3.3', '5.4.5', '5.5.4', '5.6.3', '5.7.3', '5.8.3', '5.9.3',
  '6.0.3', '7.0.2',
]

/**
 * The versions the root entry (for Taro projects) is checked on in the matrix (programs/matrix-root, with
 * @tarojs/taro 4.2.1's types): 4.3 on. On 4.0 it does not parse; on 4.1 and 4.2 a wrapper typed
 * `typeof Taro.uploadFile` loses its parameter's type, which the matrix shows (test/matrix.test.mjs).
 */
export const rootEntryVersions = matrixVersions.slice(matrixVersions.indexOf('4.3.5'))

const compilerCache = join(cacheDir, 'typescript')
const folderOf = version => join(compilerCache, 'node_modules', `typescript-${version}`)

/**
 * The TypeScript installed in folder: its version, the command that starts its `tsc`, and its JS API
 * where it has one (not 7.x).
 */
export function tscIn(folder) {
  return {
    version: installedVersion(folder),
    command: [process.execPath, join(folder, 'bin/tsc')],
    api: existsSync(join(folder, 'lib/typescript.js')) ? join(folder, 'lib/typescript.js') : undefined,
  }
}

/** The project's own TypeScript: the one with a JS API (tsd, dtslint, the editor test and the docs check use it). */
export const projectTsc = tscIn(join(root, 'node_modules/typescript'))

/**
 * Makes sure every matrix version is in the cache; installs the missing ones in one go.
 * Returns how many were installed (0 on a warm cache).
 */
export function ensureMatrixInstalled() {
  const missing = matrixVersions.filter(version => installedVersion(folderOf(version)) !== version)
  if (missing.length === 0) return 0
  mkdirSync(compilerCache, { recursive: true })
  writeJson(join(compilerCache, 'package.json'), {
    name: 'typescript-version-cache',
    private: true,
    dependencies: Object.fromEntries(matrixVersions.map(version => [`typescript-${version}`, `npm:typescript@${version}`])),
  })
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: compilerCache,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return missing.length
}

/** A cached matrix version (see tscIn). */
export const matrixTsc = version => ({ ...tscIn(folderOf(version)), version })
