// Executing Taro's published `uploadFile`. A cell is one exact release of Taro on one platform: its root
// packages at that version (see lines.mjs), bundled with esbuild from .cache/taro and run by observe.cjs
// in a process of its own against the platform's fake (fakes.cjs). Bundles and observations are kept in
// .cache/probe, so an interrupted sweep resumes where it stopped; the observations are kept under a
// hash of the fakes, the observer and data/platforms.json, so a change to any of them runs every cell again.
import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { cacheDir } from '../scripts/lib/consumer.mjs'
import { bundle } from './bundle.mjs'
import { byVersion, lineOf, platforms, runtimeOf } from './lines.mjs'
import { fetchPackages, integrityOf, packageDir, publishedVersions } from './packages.mjs'

export const workDir = join(cacheDir, 'probe')
const here = file => fileURLToPath(new URL(file, import.meta.url))
const observer = here('./observe.cjs')

/** A short hash of some files' contents: the key of what was made from them. */
const hashOf = files => createHash('sha256').update(files.map(file => readFileSync(file)).join('\0')).digest('hex').slice(0, 16)
const bundleKey = () => hashOf([here('./bundle.mjs'), here('./lines.mjs'), here('./packages.mjs')])
const observationKey = () => hashOf([here('./fakes.cjs'), here('./observe.cjs'), here('../data/platforms.json')])

/** Writes a file whole or not at all. */
function writeWhole(file, text) {
  writeFileSync(`${file}.${process.pid}.tmp`, text)
  renameSync(`${file}.${process.pid}.tmp`, file)
}

/**
 * The version of a root package a project on Taro `version` runs: that version where it was published;
 * else the newest release of the same line before it (Taro's platform packages skip some releases, and
 * a project pinned to such a release installs the one before: Taro 4.2.1 projects run
 * @tarojs/plugin-platform-alipay 4.2.0); undefined when the line has none up to it.
 */
async function rootVersion(name, version) {
  if (await isPublished(name, version)) return version
  const line = `${lineOf(version)}.`
  return [...await releasesOf(name)].filter(other => /^\d+\.\d+\.\d+$/.test(other) && other.startsWith(line) && byVersion(other, version) < 0).sort(byVersion).at(-1)
}

/**
 * The cells of the versions given, on every platform (or those of `only`): each with the versions of
 * its root packages (see rootVersion), or, where one of them has no release up to it, `missing`
 * naming them.
 */
export async function cellsOf(versions, only = platforms) {
  return cellsAt(versions.flatMap(version => only.map(platform => ({ version, platform }))))
}

/** The cells of some { version, platform } pairs (see cellsOf). */
export async function cellsAt(pairs) {
  const cells = pairs.map(({ version, platform }) => ({ version, line: lineOf(version), platform, runtime: runtimeOf(lineOf(version), platform) }))
  for (const cell of cells) {
    const roots = await Promise.all(cell.runtime.roots.map(async name => [name, await rootVersion(name, cell.version)]))
    const missing = roots.filter(([, version]) => !version).map(([name]) => name)
    if (missing.length > 0) cell.missing = missing.join(', ')
    else cell.roots = Object.fromEntries(roots)
  }
  return cells
}

const releases = new Map() // package name → a promise of its published versions, asked once per process

/** Every published version of a package, as a set. */
function releasesOf(name) {
  if (!releases.has(name)) releases.set(name, publishedVersions(name).then(versions => new Set(versions)))
  return releases.get(name)
}

/** Whether a version of a package was ever published. */
const isPublished = async (name, version) => (await releasesOf(name)).has(version)

/**
 * Bundles the cells, fetching the packages they import round by round until none is missing. `pinned`
 * (check mode) gives each cell the exact packages the data recorded for it, and the bundles go to the
 * folder given (one of the caller's own); otherwise a bundle made before, under the same key, is used again.
 */
export async function bundleCells(cells, { pinned, folder = join(workDir, 'bundles', bundleKey()) } = {}) {
  mkdirSync(folder, { recursive: true })
  let pending = []
  for (const cell of cells.filter(cell => cell.roots)) {
    cell.bundle = join(folder, `${cell.platform}@${cell.version}.js`)
    cell.pinned = pinned?.(cell) ?? []
    const made = `${cell.bundle}on`
    if (!pinned && existsSync(made)) Object.assign(cell, JSON.parse(readFileSync(made, 'utf8')))
    else pending.push(cell)
  }
  await fetchPackages(pending.flatMap(cell => Object.entries(cell.roots).map(([name, version]) => ({ name, version }))))
  for (let round = 0; pending.length > 0; round++) {
    if (round > 10) throw new Error(`packages still missing after ${round} rounds: ${pending.map(cell => `${cell.platform}@${cell.version}`).join(', ')}`)
    const results = await pool(pending.map(cell => async () => {
      const { files, entry, kind, roots } = cell.runtime
      cell.module = files ? files.find(file => existsSync(join(packageDir(roots[0], cell.roots[roots[0]]), file))) ?? null : null
      if (files && !cell.module) throw new Error(`${roots[0]}@${cell.roots[roots[0]]} has none of ${files.join(', ')}`)
      const outfile = `${cell.bundle}.${process.pid}.tmp.js`
      const result = await bundle({ source: entry(cell.module), outfile, roots: cell.roots, platform: cell.platform, kind, pinned: cell.pinned, isPublished })
      if (result.needs) {
        rmSync(outfile, { force: true })
        return result
      }
      renameSync(outfile, cell.bundle)
      const made = { module: cell.module, stubbed: result.stubs, packages: result.packages.map(spec => ({ ...spec, integrity: integrityOf(spec.name, spec.version) })) }
      writeWhole(`${cell.bundle}on`, JSON.stringify(made))
      Object.assign(cell, made)
      return result
    }), 4)
    // A cell that needs a package version never published cannot be installed: npm stops there too.
    for (const [index, cell] of pending.entries()) {
      const unpublished = []
      for (const need of results[index].needs ?? []) if (!await isPublished(need.name, need.version)) unpublished.push(`${need.name}@${need.version}`)
      if (unpublished.length > 0) {
        cell.missing = `${unpublished.join(', ')} (a dependency, never published: npm cannot install this release)`
        delete cell.roots
      }
    }
    const needs = pending.flatMap((cell, index) => (cell.roots ? results[index].needs ?? [] : []))
    pending = pending.filter((cell, index) => cell.roots && results[index].needs)
    await fetchPackages(needs)
  }
  return cells
}

/** Runs the observer on one bundled cell, in a process of its own (options: see observe.cjs). */
export async function observe(cell, options = []) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [observer, cell.bundle, cell.runtime.kind, cell.runtime.global ?? '', cell.platform, ...options],
      { encoding: 'utf8', timeout: 60_000 })
    return JSON.parse(stdout.split('\n').findLast(line => line.startsWith('@@observation ')).slice('@@observation '.length))
  } catch (error) {
    throw new Error(`Taro ${cell.version} ${cell.platform} (${Object.entries(cell.roots).map(([n, v]) => `${n}@${v}`).join(' ')}): ${(error.stderr || error.message).trim()}`)
  }
}

/** Runs a list of async jobs, `width` at a time; resolves to their results in order. */
export async function pool(jobs, width) {
  const results = []
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) {
      const index = next++
      results[index] = await jobs[index]()
    }
  }))
  return results
}

/**
 * A cell's entry: what was run (its packages and their integrities, the module, the stubs) and what
 * was observed. Observations of the sweep are kept under the observation key; check mode runs afresh.
 */
export async function entryOf(cell, { fresh = false, options = [] } = {}) {
  const head = { version: cell.version, line: cell.line, platform: cell.platform }
  if (!cell.roots) return { ...head, published: false, missing: cell.missing }
  const kept = join(workDir, 'observations', `${bundleKey()}-${observationKey()}`, `${cell.platform}@${cell.version}.json`)
  let observation
  if (!fresh && options.length === 0 && existsSync(kept)) observation = JSON.parse(readFileSync(kept, 'utf8'))
  else {
    observation = await observe(cell, options)
    if (!fresh && options.length === 0) {
      mkdirSync(join(kept, '..'), { recursive: true })
      writeWhole(kept, JSON.stringify(observation))
    }
  }
  return { ...head, published: true, packages: cell.packages, module: cell.module, stubbed: cell.stubbed, ...observation }
}
