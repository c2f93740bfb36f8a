// The published releases of @tarojs/taro in every probed line (pre-releases excluded), as patch numbers
// by line. `npm run probe` executes each of them and writes data/versions.json from the registry;
// types/runtime-data.d.ts lists them (Releases; the lines before 3.3 in types/runtime-data-older.d.ts), so
// `Register.taro` accepts exactly these versions (from 3.3 on) and a version never published is a compile error. `npm run probe -- --check` fails when the registry and the
// file disagree.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../scripts/lib/consumer.mjs'
import { lines } from './lines.mjs'
import { publishedVersions } from './packages.mjs'

export const versionsFile = join(root, 'data/versions.json')
const packageName = '@tarojs/taro'

/** The patches the registry lists for every probed line: { '4.2': [0, 1], ... }. */
export async function registryPatches() {
  const releases = (await publishedVersions(packageName)).filter(version => /^\d+\.\d+\.\d+$/.test(version))
  return Object.fromEntries(lines.map(line => [line, releases.filter(version => version.startsWith(`${line}.`))
    .map(version => Number(version.split('.')[2])).sort((a, b) => a - b)]))
}

/** The committed patches by line. */
export const readPatches = () => JSON.parse(readFileSync(versionsFile, 'utf8')).patches

export const writePatches = patches =>
  writeFileSync(versionsFile, `${JSON.stringify({ generatedBy: 'npm run probe', package: packageName, patches }, null, 1)}\n`)

/** The differences between the committed patches and the registry's, one line each. */
export function patchDifferences(committed, registry) {
  return lines.flatMap(line => {
    const [had, has] = [committed[line] ?? [], registry[line] ?? []]
    return [
      ...has.filter(patch => !had.includes(patch)).map(patch => `${line}.${patch}: published, not in data/versions.json`),
      ...had.filter(patch => !has.includes(patch)).map(patch => `${line}.${patch}: in data/versions.json, no longer published`),
    ]
  })
}

/** The exact releases of patches by line, oldest first: { '4.2': [0, 1] } → ['4.2.0', '4.2.1']. */
export const releasesOf = patches => lines.flatMap(line => (patches[line] ?? []).map(patch => `${line}.${patch}`))
