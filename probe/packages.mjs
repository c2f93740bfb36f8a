// Taro's published packages, fetched from the npm registry into .cache/taro on demand: one folder per
// exact version, holding the unpacked tarball and the integrity npm reported for it. Nothing is
// installed: the probe bundles the files it needs straight from these folders.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { cacheDir, npm } from '../scripts/lib/consumer.mjs'

const run = promisify(execFile)
export const taroCache = join(cacheDir, 'taro')

const folderOf = (name, version) => join(taroCache, `${name}@${version}`)

/** The unpacked package (its package.json is at the top). */
export const packageDir = (name, version) => join(folderOf(name, version), 'package')

/** The integrity of a fetched package, as the registry gave it. */
export const integrityOf = (name, version) => readFileSync(join(folderOf(name, version), 'integrity'), 'utf8').trim()

/** Every published version of a package, oldest first ([] when the package does not exist). */
export async function publishedVersions(name) {
  try {
    const { stdout } = await run(npm, ['view', name, 'versions', '--json'], { encoding: 'utf8' })
    return [JSON.parse(stdout)].flat()
  } catch (error) {
    if (/E404/.test(`${error.stderr}`)) return []
    throw new Error(`npm view ${name} failed: ${error.stderr ?? error}`)
  }
}

/** The newest release (no pre-release) of a line, such as '2.1' → '2.1.6'; undefined when none is published. */
export const newestPatch = (versions, line) =>
  versions.filter(version => /^\d+\.\d+\.\d+$/.test(version) && version.startsWith(`${line}.`))
    .sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
    .at(-1)

/** The newest published version that a dependency range allows (exact versions are returned as they are). */
export function satisfying(name, range) {
  if (/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range)) return range
  const key = `${name}@${range}`
  if (!lookedUp.has(key)) lookedUp.set(key, newestSatisfying(name, range))
  return lookedUp.get(key)
}
const lookedUp = new Map()

async function newestSatisfying(name, range) {
  const { stdout } = await run(npm, ['view', `${name}@${range}`, 'version', '--json'], { encoding: 'utf8' })
  const found = [JSON.parse(stdout)].flat().at(-1)
  if (!found) throw new Error(`no published version of ${name} satisfies ${range}`)
  return found
}

/**
 * Makes sure each { name, version } is in the cache: the missing ones are packed by npm in one call
 * (npm checks each tarball against the registry's integrity) and unpacked. A folder appears whole or
 * not at all, so an interrupted run leaves nothing half-written behind.
 */
export async function fetchPackages(specs) {
  const missing = [...new Map(specs.map(spec => [`${spec.name}@${spec.version}`, spec])).values()]
    .filter(({ name, version }) => !existsSync(join(folderOf(name, version), 'integrity')))
  if (missing.length === 0) return 0
  const staging = join(taroCache, `.staging-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  let packed
  try {
    const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', staging, ...missing.map(({ name, version }) => `${name}@${version}`)],
      { cwd: staging, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    packed = JSON.parse(stdout)
  } catch (error) {
    throw new Error(`npm pack of ${missing.map(({ name, version }) => `${name}@${version}`).join(' ')} failed:\n${error.stderr || error.message}`)
  }
  for (const { name, version, filename, integrity } of packed) {
    const unpacked = join(staging, `${name}@${version}`)
    mkdirSync(unpacked, { recursive: true })
    await run('tar', ['xzf', join(staging, filename), '-C', unpacked])
    writeFileSync(join(unpacked, 'integrity'), `${integrity}\n`)
    rmSync(folderOf(name, version), { recursive: true, force: true })
    mkdirSync(join(folderOf(name, version), '..'), { recursive: true })
    renameSync(unpacked, folderOf(name, version))
  }
  rmSync(staging, { recursive: true, force: true })
  return missing.length
}
